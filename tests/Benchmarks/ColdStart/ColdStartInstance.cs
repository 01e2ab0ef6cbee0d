using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace SalesGraph.Benchmarks.ColdStart;

/// <summary>
/// One published API as its own process on 127.0.0.1, on the SQLite file in <c>folder</c> (an empty folder: the demo is
/// loaded and its first-start admin key written there). Started and timed until it answers the account-graph query.
/// </summary>
public sealed class ColdStartInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _client;
    private readonly string _build;

    private ColdStartInstance(Process process, HttpClient client, string build, TimeSpan firstAnswer, TimeSpan cpu)
    {
        _process = process;
        _client = client;
        _build = build;
        FirstAnswer = firstAnswer;
        CpuToFirstAnswer = cpu;
    }

    public TimeSpan FirstAnswer { get; }

    public TimeSpan CpuToFirstAnswer { get; }

    public static async Task<ColdStartInstance> StartAsync(ColdStartBuild build, string folder)
    {
        var port = FreeLoopbackPort();
        var keyFile = Path.Combine(folder, "admin-key.txt");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(build.Folder, "SalesGraph.Api.dll")])
        {
            WorkingDirectory = build.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Staging",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "salesgraph.db")}",
                ["Security__AdminKeyFile"] = keyFile,
                ["Security__RateLimit__PermitsPerWindow"] = "100000000",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (name, value) in build.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[api] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new InvalidOperationException($"{build.Name} did not answer on {client.BaseAddress}");
            }

            if (!client.DefaultRequestHeaders.Contains("X-Api-Key") && File.Exists(keyFile) && new FileInfo(keyFile).Length > 0)
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(keyFile)).Trim());
            }

            if (client.DefaultRequestHeaders.Contains("X-Api-Key") && await AnswersAsync(client))
            {
                process.Refresh();
                return new ColdStartInstance(process, client, build.Name, clock.Elapsed, process.TotalProcessorTime);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Sends <paramref name="requests"/> queries, <paramref name="concurrency"/> at a time, and returns their latency percentiles.</summary>
    public async Task<ColdStartResult> MeasureAsync(string query, int requests, int concurrency)
    {
        var latencies = new double[requests];
        var next = -1;
        _process.Refresh();
        var cpu = _process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await _client.PostAsJsonAsync("/graphql", new { query });
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{_build}: {(int)response.StatusCode} {body}");
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var all = clock.Elapsed;
        _process.Refresh();
        var cpuPerRequest = (_process.TotalProcessorTime - cpu).TotalMilliseconds / requests;
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        return new ColdStartResult(_build, FirstAnswer, CpuToFirstAnswer, Percentile(0.50), Percentile(0.99), latencies[^1], all, cpuPerRequest);
    }

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/graphql", new { query = AccountGraph.AccountGraphBenchmarks.Query });
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"nodes\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
