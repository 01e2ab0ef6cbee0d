using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// One opportunity as the funnel reads it: EF Core projects the filtered opportunities into this (the key columns only when a
/// request groups by them), and the hand-written aggregate (<see cref="Data.Sql.FunnelSql"/>) reads its columns by name.
/// </summary>
public sealed class FunnelFact
{
    public int? OwnerRepId { get; set; }
    public int? AccountId { get; set; }
    public int CreatedMonth { get; set; }
    public int StagesEntered { get; set; }
    public FunnelStage Stage { get; set; }
    public decimal Amount { get; set; }
    public decimal Probability { get; set; }
    public long? ProspectingSeconds { get; set; }
    public long? EngagingSeconds { get; set; }
    public long? ProposalSeconds { get; set; }
    public long? NegotiationSeconds { get; set; }
    public long? WonSeconds { get; set; }
    public long? LostSeconds { get; set; }
}
