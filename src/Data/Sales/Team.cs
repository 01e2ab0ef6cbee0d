namespace SalesGraph.Data.Sales;

/// <summary>A sales or bid team; leads and tenders are routed to it, and round robin picks a rep inside it.</summary>
public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public TeamKind Kind { get; set; }
    public string? Manager { get; set; }
    public int? TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    /// <summary>Round-robin cursor: the rep who was assigned last.</summary>
    public int? LastAssignedRepId { get; set; }
    public int RowVersion { get; set; }
    public List<SalesRep> Reps { get; set; } = [];
}

public enum TeamKind
{
    Sales,
    Bid,
    Nurture,
}
