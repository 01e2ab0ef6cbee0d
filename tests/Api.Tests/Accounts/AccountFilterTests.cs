using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class AccountFilterTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private Task ArrangeAccountsAsync()
    {
        var acme = TestData.Account("Acme", employees: 500, annualRevenue: 2_000_000m, country: "NL")
            .WithContacts(TestData.Contact("Ann", "Decker", BuyingRole.Decider), TestData.Contact("Bob", "User", BuyingRole.User))
            .WithOpportunities(TestData.Opportunity("Acme renewal", FunnelStage.Won, 50_000m));
        acme.IsCustomer = true;
        var alpine = TestData.Account("Alpine", employees: 80, annualRevenue: 300_000.50m, country: "BE")
            .WithContacts(TestData.Contact("Cas", "Buyer", BuyingRole.Buyer));
        alpine.CreatedAt = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var bolt = TestData.Account("Bolt", employees: 150, annualRevenue: 900_000m, country: "DE")
            .WithOpportunities(TestData.Opportunity("Bolt pilot", FunnelStage.Proposal, 10_000m));
        return api.ArrangeAsync(acme, alpine, bolt, TestData.Account("Crux"));
    }

    [Theory]
    [InlineData("""{ name: { eq: "Bolt" } }""", "Bolt")]
    [InlineData("""{ name: { neq: "Bolt" } }""", "Acme,Alpine,Crux")]
    [InlineData("""{ name: { contains: "lp" } }""", "Alpine")]
    [InlineData("""{ name: { ncontains: "c" } }""", "Alpine,Bolt,Crux")]
    [InlineData("""{ name: { startsWith: "A" } }""", "Acme,Alpine")]
    [InlineData("""{ name: { nstartsWith: "A" } }""", "Bolt,Crux")]
    [InlineData("""{ name: { endsWith: "ine" } }""", "Alpine")]
    [InlineData("""{ name: { nendsWith: "ine" } }""", "Acme,Bolt,Crux")]
    [InlineData("""{ name: { in: ["Acme", "Crux"] } }""", "Acme,Crux")]
    [InlineData("""{ name: { nin: ["Acme", "Crux"] } }""", "Alpine,Bolt")]
    [InlineData("""{ country: { eq: null } }""", "Crux")]
    [InlineData("""{ employees: { gte: 150 } }""", "Acme,Bolt")]
    [InlineData("""{ employees: { gt: 150 } }""", "Acme")]
    [InlineData("""{ employees: { lt: 150 } }""", "Alpine")]
    [InlineData("""{ employees: { lte: 150, ngt: 100 } }""", "Alpine")]
    [InlineData("""{ employees: { nlt: 150 } }""", "Acme,Bolt,Crux")]
    [InlineData("""{ employees: { in: [80, 500] } }""", "Acme,Alpine")]
    [InlineData("""{ annualRevenue: { gt: 300000.25 } }""", "Acme,Alpine,Bolt")]
    [InlineData("""{ annualRevenue: { lte: 900000 } }""", "Alpine,Bolt")]
    [InlineData("""{ createdAt: { gte: "2025-01-01T00:00:00Z" } }""", "Alpine")]
    [InlineData("""{ isCustomer: { eq: true } }""", "Acme")]
    [InlineData("""{ isCustomer: { neq: true } }""", "Alpine,Bolt,Crux")]
    [InlineData("""{ and: [{ name: { startsWith: "A" } }, { employees: { gte: 100 } }] }""", "Acme")]
    [InlineData("""{ or: [{ name: { eq: "Crux" } }, { country: { eq: "BE" } }] }""", "Alpine,Crux")]
    [InlineData("""{ employees: { or: [{ lt: 100 }, { gt: 400 }] } }""", "Acme,Alpine")]
    [InlineData("""{ contacts: { some: { role: { eq: DECIDER } } } }""", "Acme")]
    [InlineData("""{ contacts: { all: { role: { in: [BUYER, DECIDER] } } } }""", "Alpine,Bolt,Crux")]
    [InlineData("""{ contacts: { none: { role: { eq: DECIDER } } } }""", "Alpine,Bolt,Crux")]
    [InlineData("""{ contacts: { any: false } }""", "Bolt,Crux")]
    [InlineData("""{ opportunities: { some: { stage: { nin: [WON, LOST] } } } }""", "Bolt")]
    public async Task Accounts_WithWhere_ReturnsMatchingAccounts(string where, string expected)
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync($"{{ accounts(where: {where}, order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}");

        Assert.Equal(expected, Names(data["accounts"]!["nodes"]!));
    }

    [Fact]
    public async Task Accounts_WithFilterInVariables_ReturnsMatchingAccounts()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync(
            "query($where: AccountFilterInput) { accounts(where: $where) { nodes { name } } }",
            new { where = new { country = new { @in = new[] { "NL", "DE" } } } });

        Assert.Equal("Acme,Bolt", Names(data["accounts"]!["nodes"]!));
    }

    [Fact]
    public async Task Contacts_WithNestedAccountFilter_ReturnsContactsOfMatchingAccounts()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("""{ contacts(where: { account: { country: { eq: "NL" } } }, order: [{ fullName: DESC }]) { nodes { fullName account { name } } } }""");

        Assert.Equal(
            """[{"fullName":"Bob User","account":{"name":"Acme"}},{"fullName":"Ann Decker","account":{"name":"Acme"}}]""",
            data["contacts"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Accounts_NestedListWithWhere_FiltersTheNestedList()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("""{ accounts(where: { name: { eq: "Acme" } }) { nodes { contacts(where: { role: { eq: USER } }) { fullName } } } }""");

        Assert.Equal("""[{"contacts":[{"fullName":"Bob User"}]}]""", data["accounts"]!["nodes"]!.ToJsonString());
    }

    private static string Names(System.Text.Json.Nodes.JsonNode nodes) =>
        string.Join(",", nodes.AsArray().Select(n => (string)n!["name"]!));
}
