using System.Diagnostics;
using System.Runtime;

namespace SalesGraph.Benchmarks;

/// <summary>
/// Runs a workload until the JIT is quiet. With tiered compilation, a fresh process of this app keeps compiling for
/// ~20 s of steady load (thousands of methods promoted to tier 1, with PGO), on a background thread that takes one
/// of this machine's two cores. BenchmarkDotNet's warm-up (a few half-second iterations) ends long before that, so
/// a measurement would time the JIT as much as the code; the more code a path runs, the more it pays.
/// </summary>
public static class JitWarmUp
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>Repeats <paramref name="workload"/> until fewer than <paramref name="quietMethods"/> methods are compiled in two seconds, or for at most 90 s.</summary>
    public static void Run(Action workload, int quietMethods = 50)
    {
        var total = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        while (total.Elapsed < Limit)
        {
            var window = Stopwatch.StartNew();
            while (window.Elapsed < Window)
            {
                workload();
            }

            var now = JitInfo.GetCompiledMethodCount();
            Console.WriteLine($"// JIT warm-up: {now - compiled} methods compiled in the last {Window.TotalSeconds:0} s ({total.Elapsed.TotalSeconds:0} s)");
            if (now - compiled < quietMethods)
            {
                return;
            }

            compiled = now;
        }
    }
}
