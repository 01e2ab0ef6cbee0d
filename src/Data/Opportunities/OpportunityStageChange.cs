namespace SalesGraph.Data.Opportunities;

/// <summary>
/// One stay of an opportunity in a funnel stage: entered at <see cref="EnteredAt"/>, left at <see cref="LeftAt"/> (null while it is
/// still there). Written by <see cref="SalesDbContext"/> whenever an opportunity is added or its stage changes; the funnel's
/// conversion and days-in-stage figures are computed from these rows.
/// </summary>
public class OpportunityStageChange
{
    public long Id { get; set; }
    public int OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public FunnelStage Stage { get; set; }
    public DateTime EnteredAt { get; set; }
    public DateTime? LeftAt { get; set; }
    /// <summary>Who moved the opportunity into the stage (a key name, a user, an import); null for the demo seed.</summary>
    public string? ChangedBy { get; set; }
}
