using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

/// <summary>The figures of one funnel stage within a segment.</summary>
/// <param name="Count">Opportunities of the segment that entered the stage (at any time).</param>
/// <param name="Current">Of those, how many are in the stage now.</param>
/// <param name="ConversionToNext">Share of <paramref name="Count"/> that went on to a later stage (Won included, Lost not); null for Won and Lost.</param>
/// <param name="ConversionToWon">Share of <paramref name="Count"/> that reached Won; null for Won and Lost.</param>
/// <param name="AverageDaysInStage">Mean over the opportunities that left the stage of their time in it; null when none left.</param>
public sealed record FunnelStageFigures(
    FunnelStage Stage,
    int Count,
    int Current,
    decimal Amount,
    decimal WeightedAmount,
    double? ConversionToNext,
    double? ConversionToWon,
    double? AverageDaysInStage,
    double? MedianDaysInStage);

/// <summary>A segment's key: the values of the groupings asked for (the others are null).</summary>
public sealed record FunnelKey(
    SegmentRef? Team,
    SegmentRef? Rep,
    SegmentRef? Territory,
    string? Industry,
    Data.Accounts.CustomerPyramidTier? PyramidTier,
    string? Period,
    DateTime? PeriodStart,
    int? AccountId);

/// <summary>The funnel of one segment: per stage in the stages' order, then win rate and deal size.</summary>
public sealed record FunnelSegment(
    FunnelKey Key,
    int Opportunities,
    decimal Amount,
    decimal WeightedAmount,
    IReadOnlyList<FunnelStageFigures> Stages,
    int Won,
    int Lost,
    double? WinRate,
    decimal? AverageDealSize);

public sealed record FunnelResult(IReadOnlyList<FunnelSegment> Segments, IReadOnlyList<AnalyticsArgumentError>? Errors)
{
    public static FunnelResult Refused(AnalyticsArgumentError error) => new([], [error]);
}
