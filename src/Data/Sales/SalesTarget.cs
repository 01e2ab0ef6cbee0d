namespace SalesGraph.Data.Sales;

/// <summary>What a team is expected to close in a month; the pipeline's coverage is its open amount over this.</summary>
public class SalesTarget
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    /// <summary>First day of the month (UTC) the target is for.</summary>
    public DateTime PeriodStart { get; set; }
    public decimal Amount { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
