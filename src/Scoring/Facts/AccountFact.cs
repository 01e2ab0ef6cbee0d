using NRules.RuleModel;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Facts;

/// <summary>An account a lead may belong to, joined in rules by <c>Lead.AccountId == Account.Id</c> or <c>Lead.EmailDomain == Account.Domain</c>.</summary>
public sealed record AccountFact : IIdentityProvider
{
    public required int Id { get; init; }
    public string? Name { get; init; }
    /// <summary>Lower-case.</summary>
    public string? Domain { get; init; }
    public string? Industry { get; init; }
    public int? Employees { get; init; }
    public decimal? AnnualRevenue { get; init; }
    public string? Country { get; init; }
    public bool IsCustomer { get; init; }
    public decimal Revenue12Months { get; init; }
    public decimal RevenueTotal { get; init; }
    /// <summary>Periods (months) with revenue, all time.</summary>
    public int OrderCount { get; init; }
    public int? MonthsSinceFirstPurchase { get; init; }
    public int? MonthsSinceLastPurchase { get; init; }
    public decimal? Nps { get; init; }
    public decimal? LifetimeValue { get; init; }
    /// <summary>Share of active customers with higher revenue, 0–100 (0 = the largest); null for non-customers.</summary>
    public double? RevenuePercentile { get; init; }
    public CustomerPyramidTier? PyramidTier { get; init; }
    public int OpenOpportunities { get; init; }

    public object GetIdentity() => new FactKey("Account", Id);
}
