using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Funnel;

/// <summary>A lead segment's key: the values of the groupings asked for (the others are null).</summary>
public sealed record LeadConversionKey(
    LeadSource? Source,
    LeadGrade? Grade,
    LeadStage? Stage,
    SegmentRef? RouteTeam,
    SegmentRef? Rep,
    string? Period,
    DateTime? PeriodStart,
    string? CustomField);

/// <summary>Where the leads of a segment got to, and how fast they were followed up.</summary>
public sealed record LeadConversionSegment(
    LeadConversionKey Key,
    int Leads,
    int Mql,
    int Sql,
    int Opportunities,
    int Won,
    int FollowUpsDue,
    int FollowedUp,
    int SlaBreaches,
    double? MedianHoursToFirstFollowUp)
{
    public double? MqlRate => Rate(Mql);
    public double? SqlRate => Rate(Sql);
    public double? OpportunityRate => Rate(Opportunities);
    public double? WinRate => Rate(Won);

    private double? Rate(int count) => Leads == 0 ? null : (double)count / Leads;
}

public sealed record LeadConversionResult(IReadOnlyList<LeadConversionSegment> Segments, IReadOnlyList<AnalyticsArgumentError>? Errors)
{
    public static LeadConversionResult Refused(AnalyticsArgumentError error) => new([], [error]);
}
