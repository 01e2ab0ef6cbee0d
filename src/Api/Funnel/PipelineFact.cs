namespace SalesGraph.Api.Funnel;

/// <summary>One open opportunity as the pipeline reads it.</summary>
public sealed class PipelineFact
{
    public int? YearMonth { get; set; }
    public int? TeamId { get; set; }
    public string? TeamName { get; set; }
    public decimal Amount { get; set; }
    public decimal Probability { get; set; }
}
