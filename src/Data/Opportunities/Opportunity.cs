namespace SalesGraph.Data.Opportunities;

/// <summary>A deal in the sales funnel.</summary>
public class Opportunity
{
    public int Id { get; set; }
    /// <summary>Id in the system it came from, when imported.</summary>
    public string? ExternalId { get; set; }
    public required string Name { get; set; }
    public int? AccountId { get; set; }
    public Accounts.Account? Account { get; set; }
    public int? OwnerRepId { get; set; }
    public Sales.SalesRep? OwnerRep { get; set; }
    public string? Product { get; set; }
    public FunnelStage Stage { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Chance of winning, 0–1.</summary>
    public decimal Probability { get; set; }
    public DateTime? EngagedAt { get; set; }
    public DateTime? ExpectedCloseAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int RowVersion { get; set; }

    /// <summary><see cref="CreatedAt"/> as year × 100 + month, computed by the database: the funnel's period key.</summary>
    public int CreatedMonth { get; private set; }

    // The funnel's facts of the stage history (StageFacts keeps them on every save; SqlDialect.FillOpportunityStageFacts after a bulk write).

    /// <summary>The stages the opportunity ever entered: bit <c>1 &lt;&lt; (int)stage</c> each.</summary>
    public int StagesEntered { get; set; }
    /// <summary>Whole seconds spent in Prospecting over its completed stays; null when it never left the stage.</summary>
    public long? ProspectingSeconds { get; set; }
    public long? EngagingSeconds { get; set; }
    public long? ProposalSeconds { get; set; }
    public long? NegotiationSeconds { get; set; }
    public long? WonSeconds { get; set; }
    public long? LostSeconds { get; set; }

    public List<Accounts.Contact> Contacts { get; set; } = [];
    public List<OpportunityStageChange> StageHistory { get; set; } = [];
}
