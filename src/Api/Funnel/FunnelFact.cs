using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// One opportunity as the funnel reads it: EF Core projects the filtered opportunities into this (only the key members a
/// request groups by are bound, so only their joins are made), and the hand-written aggregate SQL reads its columns by name.
/// </summary>
public sealed class FunnelFact
{
    public int Id { get; set; }
    public decimal Amount { get; set; }
    public decimal Probability { get; set; }
    public FunnelStage CurrentStage { get; set; }
    public int? AccountId { get; set; }
    public int? TeamId { get; set; }
    public string? TeamName { get; set; }
    public int? RepId { get; set; }
    public string? RepName { get; set; }
    public int? TerritoryId { get; set; }
    public string? TerritoryName { get; set; }
    public string? Industry { get; set; }
    public Data.Accounts.CustomerPyramidTier? PyramidTier { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Quarter { get; set; }
}
