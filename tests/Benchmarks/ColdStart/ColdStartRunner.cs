using System.Diagnostics;
using System.Globalization;
using System.Reflection.PortableExecutable;

namespace SalesGraph.Benchmarks.ColdStart;

/// <summary>
/// <c>coldstart [--rounds N] [--requests N] [--concurrency N] [--published DIR]</c>: publishes the API twice, with ReadyToRun
/// (what <c>dotnet publish -c Release src/Api</c> gives) and without (<c>-p:PublishReadyToRun=false</c>), seeds one demo database,
/// then in every round starts each build, in alternating order, as a fresh process on its own copy of that database and measures
/// the time from process start to the first answered account-graph query, the CPU the process used until then, and the latency
/// of the next N requests (default 200, sent by 4 clients at once). A third start per round runs the ReadyToRun build with
/// <c>DOTNET_TieredPGO=0</c>. <c>--published DIR</c> reuses DIR/ReadyToRun and DIR/Jit from an earlier run instead of publishing.
/// </summary>
public static class ColdStartRunner
{
    private const string Query = AccountGraph.AccountGraphBenchmarks.Query;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Math.Clamp(Option(args, "--rounds", 3), 1, 20);
        var requests = Math.Clamp(Option(args, "--requests", 200), 1, 10_000);
        var concurrency = Math.Clamp(Option(args, "--concurrency", 4), 1, 64);
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("salesgraph-coldstart-").FullName;
        try
        {
            var published = args.SkipWhile(a => a != "--published").Skip(1).FirstOrDefault();
            var builds = new List<ColdStartBuild>();
            foreach (var readyToRun in new[] { true, false })
            {
                var name = readyToRun ? "ReadyToRun" : "Jit";
                var folder = published is null ? await PublishAsync(root, Path.Combine(work, name), readyToRun) : Path.Combine(published, name);
                var dll = Path.Combine(folder, "SalesGraph.Api.dll");
                if (IsReadyToRun(dll) != readyToRun)
                {
                    Console.Error.WriteLine($"{dll}: expected ReadyToRun = {readyToRun}");
                    return 2;
                }

                builds.Add(new ColdStartBuild(name, folder));
            }

            // The ReadyToRun build again, without the instrumented tier that dynamic PGO puts between precompiled and optimised code.
            builds.Add(new ColdStartBuild("ReadyToRun, TieredPGO off", builds[0].Folder, new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" }));

            Console.WriteLine("// seeding one demo database for every start ...");
            var template = Path.Combine(work, "template");
            Directory.CreateDirectory(template);
            await using (var seeding = await ColdStartInstance.StartAsync(builds[1], template))
            {
                Console.WriteLine($"// demo loaded and evaluated in {seeding.FirstAnswer.TotalSeconds:0.0} s");
            }

            var runs = new List<ColdStartResult>();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var build in round % 2 == 0 ? builds : Enumerable.Reverse(builds).ToList())
                {
                    var folder = Path.Combine(work, $"run-{round}-{build.Name}");
                    Directory.CreateDirectory(folder);
                    // The database as the seeding instance left it (the WAL too; SQLite rebuilds the shared-memory index).
                    foreach (var file in Directory.GetFiles(template).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
                    {
                        File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
                    }

                    await using var instance = await ColdStartInstance.StartAsync(build, folder);
                    var result = await instance.MeasureAsync(Query, requests, concurrency);
                    runs.Add(result);
                    Console.WriteLine($"// round {round + 1} {result}");
                }
            }

            Print(runs, requests, concurrency);
            if (published is null)
            {
                Console.WriteLine($"// the two builds stay in {work}: rerun with --published {work}");
                work = "";
            }

            return 0;
        }
        finally
        {
            if (work.Length > 0)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static void Print(List<ColdStartResult> runs, int requests, int concurrency)
    {
        Console.WriteLine();
        Console.WriteLine($"| build | runs | first answer, s (median; min-max) | CPU to first answer, s | p50 of first {requests}, ms | p99 of first {requests}, ms | max, ms | server CPU a request, ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in runs.GroupBy(r => r.Build))
        {
            var first = group.Select(r => r.FirstAnswer.TotalSeconds).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {group.Count()} | {Median(first):0.00} ({first.Min():0.00}-{first.Max():0.00}) | {Median(group.Select(r => r.CpuToFirstAnswer.TotalSeconds)):0.00} "
                + $"| {Median(group.Select(r => r.P50)):0.0} | {Median(group.Select(r => r.P99)):0.0} | {Median(group.Select(r => r.Max)):0.0} | {Median(group.Select(r => r.CpuPerRequest)):0.0} |"));
        }

        Console.WriteLine($"(medians over the runs; {requests} requests after the first answer, {concurrency} at a time; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<string> PublishAsync(string root, string output, bool readyToRun)
    {
        Console.WriteLine($"// dotnet publish -c Release src/Api -p:PublishReadyToRun={readyToRun} -o {output}");
        var start = new ProcessStartInfo("dotnet", ["publish", "-c", "Release", Path.Combine(root, "src", "Api"), $"-p:PublishReadyToRun={readyToRun}", "-o", output, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var log = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed:\n" + log);
        }

        return output;
    }

    /// <summary>A ReadyToRun assembly carries a managed native header with the precompiled code.</summary>
    private static bool IsReadyToRun(string dll)
    {
        using var pe = new PEReader(File.OpenRead(dll));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
