using BenchmarkDotNet.Running;
using SalesGraph.Benchmarks.ColdStart;
using SalesGraph.Benchmarks.Soak;
using SalesGraph.Benchmarks.Subscriptions;

namespace SalesGraph.Benchmarks;

public static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "soak")
        {
            return await SoakRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "subscriptions")
        {
            return await SubscriptionLoadRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "calibration-profile")
        {
            return await Calibration.CalibrationProfile.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "coldstart")
        {
            return await ColdStartRunner.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
