using SalesGraph.Scoring.Customers;
using SalesGraph.Scoring.Rules;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Customers;

public class CustomerStrategyTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ScoringOptions Options = new();

    private static RevenuePeriod[] Monthly(int monthsAgoFrom, int monthsAgoTo, decimal revenue) =>
        [.. Enumerable.Range(monthsAgoTo, monthsAgoFrom - monthsAgoTo + 1).Select(m => new RevenuePeriod(new DateTime(2025, 6, 1).AddMonths(-m), revenue, revenue / 4))];

    [Fact]
    public void Assign_HundredCustomers_SplitsOneFourFifteenEighty()
    {
        var members = Enumerable.Range(1, 100).Select(i => new CustomerPyramid.Member(i, true, i * 100m, false));

        var tiers = CustomerPyramid.Assign(members).Values.GroupBy(p => p.Tier).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal([1, 4, 15, 80], new[] { CustomerPyramidTier.Top, CustomerPyramidTier.Large, CustomerPyramidTier.Medium, CustomerPyramidTier.Small }.Select(t => tiers[t]));
    }

    [Fact]
    public void Assign_NonActiveAccounts_AreInactiveProspectOrSuspect()
    {
        var placements = CustomerPyramid.Assign([new(1, true, 0, false), new(2, false, 0, true), new(3, false, 0, false), new(4, true, 10, false)]);

        Assert.Equal([CustomerPyramidTier.Inactive, CustomerPyramidTier.Prospect, CustomerPyramidTier.Suspect, CustomerPyramidTier.Top], placements.OrderBy(p => p.Key).Select(p => p.Value.Tier));
    }

    [Theory]
    [InlineData(10, NpsCategory.Promoter)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(0, NpsCategory.Detractor)]
    public void Category_Answer_FollowsNpsBands(int score, NpsCategory category)
    {
        Assert.Equal(category, NetPromoterScore.Category(score));
    }

    [Fact]
    public void Score_Responses_IsPromotersMinusDetractorsPercent()
    {
        Assert.Equal(25.0m, NetPromoterScore.Score([10, 9, 8, 3]));
        Assert.Null(NetPromoterScore.Score([]));
    }

    [Fact]
    public void Calculate_MarginRetentionDiscount_FollowsTheFormula()
    {
        Assert.Equal(26_666.67m, LifetimeValue.Calculate(10_000m, 0.8m, 0.1m));
    }

    [Theory]
    [InlineData(false, null, null, RelationshipStage.Prospect)]
    [InlineData(true, 3, 1, RelationshipStage.New)]
    [InlineData(true, 30, 2, RelationshipStage.Loyal)]
    [InlineData(true, 30, 14, RelationshipStage.ExCustomer)]
    public void StageFor_PurchaseHistory_FollowsTheCycle(bool isCustomer, int? first, int? last, RelationshipStage stage)
    {
        Assert.Equal(stage, RelationshipCycle.StageFor(isCustomer, first, last, Options));
    }

    [Fact]
    public void EvaluateCustomers_DefaultRules_TagByTierStageAndNps()
    {
        var records = new List<CustomerRecord>
        {
            new(1, "Big", true, Monthly(30, 0, 10_000), [10, 9, 9]),
            new(2, "Gone", true, Monthly(40, 20, 2_000), []),
            new(3, "Curious", false, [], [], OpenLeads: 2),
            new(4, "Unhappy small", true, [.. Monthly(23, 12, 500), .. Monthly(11, 0, 300)], [2, 3]),
        };
        records.AddRange(Enumerable.Range(10, 20).Select(i => new CustomerRecord(i, $"Filler {i}", true, Monthly(30, 0, 1_000 + i), [])));
        var facts = CustomerBase.Build(records, Now, Options);
        var engine = EngineWith(null, [.. DefaultRules.For(RuleSetKind.CustomerStrategy)]);

        var results = engine.EvaluateCustomers(facts).Results.ToDictionary(r => r.AccountId);

        Assert.Equal((CustomerPyramidTier.Top, RelationshipStage.Loyal, 100m), (results[1].PyramidTier, results[1].RelationshipStage, results[1].Nps));
        Assert.Equal([StrategyTag.Retain, StrategyTag.Develop], results[1].Strategies);
        Assert.Equal([StrategyTag.WinBack], results[2].Strategies);
        Assert.Equal([StrategyTag.Acquire], results[3].Strategies);
        Assert.Equal([StrategyTag.Retain, StrategyTag.Reduce], results[4].Strategies);
        Assert.Equal(7, results[1].Version);
        Assert.Equal(LifetimeValue.Calculate(30_000m, 0.8m, 0.1m), results[1].LifetimeValue);
    }
}
