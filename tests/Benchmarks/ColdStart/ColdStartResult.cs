using System.Globalization;

namespace SalesGraph.Benchmarks.ColdStart;

/// <summary>One fresh start: time and CPU to the first answered query, then the latency percentiles of the requests after it and
/// the server's CPU per request over them (JIT included: on a busy machine the CPU figures vary less than the times).</summary>
public sealed record ColdStartResult(
    string Build, TimeSpan FirstAnswer, TimeSpan CpuToFirstAnswer, double P50, double P99, double Max, TimeSpan Requests, double CpuPerRequest)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Build}: first answer {FirstAnswer.TotalSeconds:0.00} s (CPU {CpuToFirstAnswer.TotalSeconds:0.00} s), then p50 {P50:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms, all in {Requests.TotalSeconds:0.00} s, server CPU {CpuPerRequest:0.0} ms a request");
}
