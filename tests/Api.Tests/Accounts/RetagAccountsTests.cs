using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class RetagAccountsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = """
        { accounts(order: [{ name: ASC }]) { nodes { name pyramidTier relationshipStage strategies nps lifetimeValue tagRuleVersion
            tagging { version hits { rule { name } ruleSet } } } } }
        """;

    private static Account Customer()
    {
        var account = TestData.Account("Acme");
        account.IsCustomer = true;
        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 24; i++)
            account.RevenueLines.Add(new RevenueLine { PeriodStart = month.AddMonths(-i), Revenue = 10_000, GrossMargin = 3_000 });
        foreach (var score in new[] { 10, 10, 3 })
            account.NpsResponses.Add(new NpsResponse { Score = score, Category = score >= 9 ? NpsCategory.Promoter : NpsCategory.Detractor, RespondedAt = month });
        return account;
    }

    [Fact]
    public async Task RetagAccounts_EmptyInput_TagsTiersStagesStrategiesNpsAndLifetimeValue()
    {
        await api.ArrangeAsync(Customer(), TestData.Account("Prospect Ltd").WithOpportunities(TestData.Opportunity("Pilot", FunnelStage.Proposal, 5000)));

        var run = (await api.DataAsync("mutation { retagAccounts(input: {}) { evaluated changed version } }"))["retagAccounts"]!;
        var nodes = (await api.DataAsync(Query))["accounts"]!["nodes"]!.AsArray();

        Assert.Equal(2, (int)run["evaluated"]!);
        Assert.Equal(2, (int)run["changed"]!);
        var customer = nodes[0]!;
        Assert.Equal("TOP", (string)customer["pyramidTier"]!);
        Assert.Equal("LOYAL", (string)customer["relationshipStage"]!);
        Assert.Contains("RETAIN", customer["strategies"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(33.3m, Math.Round((decimal)customer["nps"]!, 1));
        Assert.True((decimal)customer["lifetimeValue"]! > 36_000m);
        Assert.Equal(1, (int)customer["tagRuleVersion"]!);
        Assert.Contains(customer["tagging"]!["hits"]!.AsArray(), h => (string)h!["rule"]!["name"]! == "Retain the top of the pyramid" && (string)h["ruleSet"]! == "CUSTOMER_STRATEGY");
        var prospect = nodes[1]!;
        Assert.Equal("PROSPECT", (string)prospect["pyramidTier"]!);
        Assert.Equal(["ACQUIRE"], prospect["strategies"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public async Task RetagAccounts_WithWhere_TagsOnlyMatchingAccountsButRanksTheWholeBase()
    {
        await api.ArrangeAsync(Customer(), TestData.Account("Other"));

        var run = (await api.DataAsync("""mutation { retagAccounts(input: { where: { name: { eq: "Acme" } } }) { evaluated } }"""))["retagAccounts"]!;
        var nodes = (await api.DataAsync(Query))["accounts"]!["nodes"]!.AsArray();

        Assert.Equal(1, (int)run["evaluated"]!);
        Assert.Equal("TOP", (string)nodes[0]!["pyramidTier"]!);
        Assert.Null(nodes[1]!["pyramidTier"]);
        Assert.Empty(nodes[1]!["strategies"]!.AsArray());
    }

    [Fact]
    public async Task RetagAccounts_AsReader_IsRefused()
    {
        await api.ArrangeAsync(Customer());
        var reader = api.CreateClient(await api.CreateKeyAsync(Roles.Reader));

        var response = await reader.PostAsJsonAsync("/graphql", new { query = "mutation { retagAccounts(input: {}) { evaluated } }" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("AUTH_NOT_AUTHORIZED", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null((await api.DataAsync(Query))["accounts"]!["nodes"]![0]!["pyramidTier"]);
    }
}
