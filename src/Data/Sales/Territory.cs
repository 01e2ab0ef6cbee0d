namespace SalesGraph.Data.Sales;

/// <summary>A sales region; accounts and leads are routed by it.</summary>
public class Territory
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>ISO alpha-2 country codes covered, '|'-separated.</summary>
    public string? Countries { get; set; }
}
