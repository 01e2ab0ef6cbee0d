using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class AccountProjectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string AccountGraph = """
        query($first: Int) {
          accounts(first: $first, order: [{ name: ASC }]) {
            nodes {
              name
              contacts(order: [{ fullName: ASC }]) { fullName role }
              opportunities(where: { stage: { neq: LOST } }) { name amount }
            }
          }
        }
        """;

    [Fact]
    public async Task Accounts_SelectingName_ReadsOnlyKeyAndName()
    {
        await api.ArrangeAsync(TestData.Account("Acme", employees: 10, country: "NL"));

        await api.DataAsync("{ accounts { nodes { name } } }");

        var select = Assert.Single(api.Sql.Commands);
        Assert.Contains("\"Name\"", select);
        Assert.Contains("\"Id\"", select);
        Assert.DoesNotContain("\"Employees\"", select);
        Assert.DoesNotContain("\"Country\"", select);
        Assert.DoesNotContain("\"NormalizedName\"", select);
    }

    [Fact]
    public async Task Accounts_FieldsThroughFragments_AreProjected()
    {
        await api.ArrangeAsync(TestData.Account("Acme", employees: 10, country: "NL"));

        var data = await api.DataAsync("""
            { accounts { edges { node { ...Size } } nodes { ... on Account { country } } } }
            fragment Size on Account { employees }
            """);

        Assert.Equal("""{"edges":[{"node":{"employees":10}}],"nodes":[{"country":"NL"}]}""", data["accounts"]!.ToJsonString());
        Assert.DoesNotContain("\"Name\"", Assert.Single(api.Sql.Commands));
    }

    [Fact]
    public async Task Accounts_SkippedField_IsNotRead()
    {
        await api.ArrangeAsync(TestData.Account("Acme", employees: 10, country: "NL"));

        await api.DataAsync("query($skip: Boolean!) { accounts { nodes { name country @skip(if: $skip) } } }", new { skip = true });

        Assert.DoesNotContain("\"Country\"", Assert.Single(api.Sql.Commands));
    }

    [Fact]
    public async Task Accounts_GraphOf10Or50Accounts_RunsTheSameBoundedNumberOfStatements()
    {
        await api.ArrangeAsync(Enumerable.Range(1, 50).Select(i => (object)TestData.Account($"Account {i:00}")
            .WithContacts(TestData.Contact("Ann", $"Contact {i}", BuyingRole.Decider), TestData.Contact("Bob", $"Contact {i}", BuyingRole.User))
            .WithOpportunities(TestData.Opportunity($"Deal {i}", FunnelStage.Proposal, i), TestData.Opportunity($"Lost {i}", FunnelStage.Lost, i))).ToArray());

        var ten = await api.DataAsync(AccountGraph, new { first = 10 });
        var statementsForTen = api.Sql.Commands.Count;
        api.Sql.Clear();
        var fifty = await api.DataAsync(AccountGraph, new { first = 50 });

        Assert.Equal(10, ten["accounts"]!["nodes"]!.AsArray().Count);
        Assert.Equal(50, fifty["accounts"]!["nodes"]!.AsArray().Count);
        Assert.Equal(2, fifty["accounts"]!["nodes"]![49]!["contacts"]!.AsArray().Count);
        Assert.Single(fifty["accounts"]!["nodes"]![49]!["opportunities"]!.AsArray());
        Assert.Equal(3, statementsForTen);
        Assert.Equal(statementsForTen, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task Account_ById_ReturnsTheAccountWithItsContacts()
    {
        await api.ArrangeAsync(TestData.Account("Acme").WithContacts(TestData.Contact("Ann", "Decker", BuyingRole.Decider)), TestData.Account("Bolt"));

        var data = await api.DataAsync("{ account(id: 1) { name contacts { fullName account { name } } } missing: account(id: 99) { name } }");

        Assert.Equal("""{"account":{"name":"Acme","contacts":[{"fullName":"Ann Decker","account":{"name":"Acme"}}]},"missing":null}""", data.ToJsonString());
    }
}
