using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesGraph.Data.Health;

/// <summary>The JSON body of <c>/healthz</c>: overall status and each check's status, description and details.</summary>
public sealed record SalesHealthReport(string Status, double DurationMs, IReadOnlyDictionary<string, SalesHealthReport.Check> Checks)
{
    public static SalesHealthReport From(HealthReport report) => new(
        report.Status.ToString(),
        report.TotalDuration.TotalMilliseconds,
        report.Entries.ToDictionary(
            e => e.Key,
            e => new Check(e.Value.Status.ToString(), e.Value.Description, e.Value.Exception?.Message, e.Value.Data)));

    public sealed record Check(string Status, string? Description, string? Error, IReadOnlyDictionary<string, object> Data);
}
