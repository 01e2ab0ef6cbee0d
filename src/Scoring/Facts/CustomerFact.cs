using NRules.RuleModel;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Facts;

/// <summary>An account with everything the strategy rules need, computed over the whole customer base by <see cref="Customers.CustomerBase"/>.</summary>
public sealed record CustomerFact : IIdentityProvider
{
    public required int Id { get; init; }
    public string? Name { get; init; }
    public string? Domain { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public int? Employees { get; init; }
    public bool IsCustomer { get; init; }
    public decimal Revenue12Months { get; init; }
    public decimal RevenuePrevious12Months { get; init; }
    /// <summary>Change against the previous 12 months in %, null without revenue then.</summary>
    public double? RevenueGrowth { get; init; }
    public decimal RevenueTotal { get; init; }
    public decimal Margin12Months { get; init; }
    /// <summary>Periods (months) with revenue, all time.</summary>
    public int OrderCount { get; init; }
    public int? MonthsSinceFirstPurchase { get; init; }
    public int? MonthsSinceLastPurchase { get; init; }
    /// <summary>Share of active customers with higher revenue, 0–100; null for non-customers and inactive ones.</summary>
    public double? RevenuePercentile { get; init; }
    public CustomerPyramidTier PyramidTier { get; init; }
    public RelationshipStage RelationshipStage { get; init; }
    /// <summary>% promoters − % detractors; null without responses.</summary>
    public decimal? Nps { get; init; }
    public int NpsResponses { get; init; }
    public int Promoters { get; init; }
    public int Detractors { get; init; }
    public decimal LifetimeValue { get; init; }
    public int OpenOpportunities { get; init; }
    public int OpenLeads { get; init; }

    public object GetIdentity() => new FactKey("Customer", Id);
}
