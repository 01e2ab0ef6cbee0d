namespace SalesGraph.Data.Sales;

public class SalesRep
{
    public int Id { get; set; }
    public required string FullName { get; set; }
    public string? Email { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    /// <summary>How many open leads the rep can hold; round robin skips reps at capacity.</summary>
    public int Capacity { get; set; }
    public int OpenLeads { get; set; }
    public bool IsActive { get; set; } = true;
}
