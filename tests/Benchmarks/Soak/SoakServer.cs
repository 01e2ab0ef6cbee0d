using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SalesGraph.Benchmarks.Soak;

/// <summary>The API as its own process on 127.0.0.1 with a temporary SQLite file (demo data) and its first-start admin key.</summary>
public sealed class SoakServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private SoakServer(Process process, string folder, Uri address, string adminKey)
    {
        _process = process;
        _folder = folder;
        Address = address;
        AdminKey = adminKey;
    }

    public Uri Address { get; }

    public string AdminKey { get; }

    public int ProcessId => _process.Id;

    public static async Task<SoakServer> StartAsync(string apiDll, string contentRoot)
    {
        var folder = Directory.CreateTempSubdirectory("salesgraph-soak-").FullName;
        var port = FreeLoopbackPort();
        var keyFile = Path.Combine(folder, "admin-key.txt");
        var start = new ProcessStartInfo("dotnet", [apiDll])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Staging",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "soak.db")}",
                ["Security__AdminKeyFile"] = keyFile,
                ["Security__RateLimit__PermitsPerWindow"] = "100000000",
                ["Security__Limits__IntrospectionEnabled"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[api] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3); // demo data load on a busy machine
        while (true)
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("the API did not come up on " + address);
            }

            try
            {
                if ((await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK && File.Exists(keyFile))
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        return new SoakServer(process, folder, address, (await File.ReadAllTextAsync(keyFile)).Trim());
    }

    /// <summary>VmRSS and VmHWM of the server process, in MB, from /proc.</summary>
    public (double Rss, double Peak) Memory()
    {
        var lines = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Field(string name) => double.Parse(
            lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture) / 1024;
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
