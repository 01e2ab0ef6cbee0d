namespace SalesGraph.Api.Funnel;

/// <summary>Open amount of a month (or of one team in it) against the target set for it.</summary>
public sealed record PipelineFigures(SegmentRef? Team, int Opportunities, decimal Amount, decimal WeightedAmount, decimal? Target)
{
    public double? Coverage => Target is > 0 ? (double)(Amount / Target.Value) : null;
    public double? WeightedCoverage => Target is > 0 ? (double)(WeightedAmount / Target.Value) : null;
}

/// <summary>The open opportunities expected to close in a month; <see cref="Period"/> null for those without an expected close date.</summary>
public sealed record PipelineMonth(string? Period, DateTime? PeriodStart, PipelineFigures Total, IReadOnlyList<PipelineFigures> Teams);

public sealed record PipelineResult(DateTime AsOf, IReadOnlyList<PipelineMonth> Months, IReadOnlyList<AnalyticsArgumentError>? Errors)
{
    public static PipelineResult Refused(DateTime asOf, AnalyticsArgumentError error) => new(asOf, [], [error]);
}
