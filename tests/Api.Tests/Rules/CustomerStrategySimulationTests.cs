using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Tests.Rules;

public sealed class CustomerStrategySimulationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Simulate = """
        query($accountWhere: AccountFilterInput, $where: LeadFilterInput) {
          simulateRuleSet(kind: CUSTOMER_STRATEGY, accountWhere: $accountWhere, where: $where, first: 10) {
            kind publishedVersion evaluated changed
            before { pyramidTiers { key count } relationshipStages { key count } strategies { key count } scores { key count } routes { key count } }
            after { pyramidTiers { key count } relationshipStages { key count } strategies { key count } }
            changes { id before { total pyramidTier relationshipStage strategies hits { ruleName } } after { pyramidTier strategies hits { ruleName effect } } }
            errors { message part }
          }
        }
        """;

    private const string CreateTagRule = """
        mutation($name: String!, $when: String!) {
          createScoringRule(input: { ruleSet: CUSTOMER_STRATEGY, name: $name, when: $when, then: { tag: DEVELOP } }) { errors { __typename } }
        }
        """;

    [Fact]
    public async Task SimulateRuleSet_CustomerStrategyDraftWithANewTag_ReportsTheAccountsItChangesWithBothExplanations()
    {
        var (big, _) = await ArrangeAsync();
        await CreateRuleAsync("Develop large companies (sim)", "Customer.Employees >= 1000");

        var result = await SimulateAsync();

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal(("CUSTOMER_STRATEGY", 1, 3, 1), ((string)result["kind"]!, (int)result["publishedVersion"]!, (int)result["evaluated"]!, (int)result["changed"]!));
        var change = Assert.Single(result["changes"]!.AsArray())!;
        Assert.Equal(big, (int)change["id"]!);
        Assert.Null(change["before"]!["total"]);
        Assert.Equal("Prospect", (string)change["before"]!["pyramidTier"]!);
        Assert.Equal(["Acquire"], Strings(change["before"]!["strategies"]!));
        Assert.Equal(["Acquire", "Develop"], Strings(change["after"]!["strategies"]!));
        Assert.Contains(change["after"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Develop large companies (sim)" && (string)h["effect"]! == "tag Develop");
        Assert.DoesNotContain(change["before"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Develop large companies (sim)");
        // Tiers and stages are computed from the base, not set by rules: the same on both sides.
        Assert.Equal(result["before"]!["pyramidTiers"]!.ToJsonString(), result["after"]!["pyramidTiers"]!.ToJsonString());
        Assert.Equal(result["before"]!["relationshipStages"]!.ToJsonString(), result["after"]!["relationshipStages"]!.ToJsonString());
        Assert.Equal(("Develop", 1), Bucket(result["after"]!["strategies"]!, "Develop"));
        Assert.Null(result["before"]!["strategies"]!.AsArray().FirstOrDefault(b => (string)b!["key"]! == "Develop"));
        Assert.Equal(("(none)", 1), Bucket(result["before"]!["strategies"]!, "(none)"));
        Assert.Empty(result["before"]!["scores"]!.AsArray());
        Assert.Empty(result["before"]!["routes"]!.AsArray());
    }

    [Fact]
    public async Task SimulateRuleSet_CustomerStrategyWithAccountWhere_ComparesOnlyThoseButRanksTheWholeBase()
    {
        await ArrangeAsync();

        var result = await SimulateAsync(new { name = new { eq = "Acme" } });

        Assert.Equal((1, 0), ((int)result["evaluated"]!, (int)result["changed"]!));
        Assert.Equal([("Top", 1)], Buckets(result["before"]!["pyramidTiers"]!));
        Assert.Equal([("Loyal", 1)], Buckets(result["after"]!["relationshipStages"]!));
        Assert.Contains(("Retain", 1), Buckets(result["after"]!["strategies"]!));
    }

    [Fact]
    public async Task SimulateRuleSet_CustomerStrategy_ChangesNothingStored()
    {
        await ArrangeAsync();
        await CreateRuleAsync("Develop everyone (no writes)", "true");

        var result = await SimulateAsync();

        Assert.Equal(3, (int)result["changed"]!);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.ScoreResults.CountAsync());
        Assert.All(await db.Accounts.ToListAsync(), a => Assert.Equal((null, CustomerStrategy.None), (a.PyramidTier, a.Strategies)));
    }

    [Fact]
    public async Task SimulateRuleSet_CustomerStrategyWithALeadFilter_RefusesAndNamesTheRightArgument()
    {
        await ArrangeAsync();

        var result = (await api.DataAsync(Simulate, new { where = new { industry = new { eq = "x" } } }))["simulateRuleSet"]!;

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("where", (string)error["part"]!);
        Assert.Contains("accountWhere", (string)error["message"]!);
        Assert.Equal(0, (int)result["evaluated"]!);
    }

    [Fact]
    public async Task SimulateRuleSet_CustomerStrategyDraftThatDoesNotCompile_ReturnsTheErrors()
    {
        await ArrangeAsync();
        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync())
        {
            db.ScoringRules.Add(new Data.Rules.ScoringRule { RuleSet = Data.Rules.RuleSetKind.CustomerStrategy, Name = "Broken (cs)", When = "Customer.Nope", Then = """{"tag":"Retain"}""", ChangedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var result = await SimulateAsync();

        Assert.Equal("when", (string)Assert.Single(result["errors"]!.AsArray())!["part"]!);
        Assert.Equal(0, (int)result["evaluated"]!);
    }

    /// <summary>A top customer, a large company with an open opportunity (a prospect) and a small suspect; the default rules as draft.</summary>
    private async Task<(int Big, int Customer)> ArrangeAsync()
    {
        var customer = TestData.Account("Acme");
        customer.IsCustomer = true;
        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 24; i++)
            customer.RevenueLines.Add(new RevenueLine { PeriodStart = month.AddMonths(-i), Revenue = 10_000, GrossMargin = 3_000 });
        var big = TestData.Account("Bigco", employees: 5000).WithOpportunities(TestData.Opportunity("Pilot", FunnelStage.Proposal, 5000));
        await api.ArrangeAsync(customer, big, TestData.Account("Small shop", employees: 3));
        // ArrangeAsync empties the database; the engine still runs version 1, and the draft rows are seeded again.
        await api.Services.GetRequiredService<RuleEngineHost>().SeedDefaultsAsync();
        return (big.Id, customer.Id);
    }

    private async Task CreateRuleAsync(string name, string when) =>
        Assert.Empty((await api.DataAsync(CreateTagRule, new { name, when }))["createScoringRule"]!["errors"]!.AsArray());

    private async Task<JsonNode> SimulateAsync(object? accountWhere = null) =>
        (await api.DataAsync(Simulate, new { accountWhere }))["simulateRuleSet"]!;

    private static string[] Strings(JsonNode array) => [.. array.AsArray().Select(s => (string)s!)];

    private static (string, int)[] Buckets(JsonNode array) => [.. array.AsArray().Select(b => ((string)b!["key"]!, (int)b["count"]!))];

    private static (string, int) Bucket(JsonNode array, string key) => Buckets(array).Single(b => b.Item1 == key);
}
