using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Tests.GraphQL;

/// <summary>
/// The query strategy reads plain entity fields without the field middleware once per request and selection set; these
/// pin that the shortcut keeps GraphQL's answers: authorization per field, merged selections, directives per request.
/// </summary>
public sealed class QueryExecutionStrategyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Account[] TwoAccounts()
    {
        var ada = TestData.Contact("Ada", "Lovelace", BuyingRole.Decider);
        ada.Email = "ada@example.nl";
        return
        [
            TestData.Account("Acme").WithContacts(ada, TestData.Contact("Alan", "Turing", BuyingRole.User)),
            TestData.Account("Globex").WithContacts(TestData.Contact("Grace", "Hopper", BuyingRole.Buyer)),
        ];
    }

    [Fact]
    public async Task NestedList_FieldTheRoleMayNotRead_IsNullWithAnErrorPerItemAndTheOtherFieldsAnswer()
    {
        await api.ArrangeAsync(TwoAccounts());
        using var ops = api.CreateClient(await api.CreateKeyAsync(Roles.Ops));

        var body = await PostAsync(ops, "{ accounts(order: [{ name: ASC }]) { nodes { name contacts(order: [{ fullName: ASC }]) { fullName email } } } }");

        var accounts = body["data"]!["accounts"]!["nodes"]!.AsArray();
        Assert.Equal(["Ada Lovelace", "Alan Turing"], accounts[0]!["contacts"]!.AsArray().Select(c => (string?)c!["fullName"]));
        Assert.All(accounts.SelectMany(a => a!["contacts"]!.AsArray()), c => Assert.Null(c!["email"]));
        var errors = body["errors"]!.AsArray();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)e!["extensions"]!["code"]));
        Assert.Equal(
            ["accounts/nodes/0/contacts/0/email", "accounts/nodes/0/contacts/1/email", "accounts/nodes/1/contacts/0/email"],
            errors.Select(e => string.Join('/', e!["path"]!.AsArray().Select(p => p!.ToString()))).Order());
    }

    [Fact]
    public async Task NestedList_RoleThatMayReadTheField_GetsItsValue()
    {
        await api.ArrangeAsync(TwoAccounts());
        using var reader = api.CreateClient(await api.CreateKeyAsync(Roles.Reader));

        var body = await PostAsync(reader, "{ accounts(order: [{ name: ASC }]) { nodes { contacts(order: [{ fullName: ASC }]) { email } } } }");

        Assert.Null(body["errors"]);
        Assert.Equal("ada@example.nl", (string?)body["data"]!["accounts"]!["nodes"]![0]!["contacts"]![0]!["email"]);
    }

    [Fact]
    public async Task RepeatedFieldsAliasesAndFragments_AreMergedAsGraphQLSpecifies()
    {
        await api.ArrangeAsync(TwoAccounts());

        var data = await api.DataAsync("""
            {
              accounts(order: [{ name: ASC }]) {
                nodes {
                  title: name
                  contacts(order: [{ fullName: ASC }]) { fullName }
                  contacts(order: [{ fullName: ASC }]) { role }
                  ...Named
                }
              }
            }
            fragment Named on Account { name }
            """);

        Assert.Equal(
            """{"title":"Globex","contacts":[{"fullName":"Grace Hopper","role":"BUYER"}],"name":"Globex"}""",
            data["accounts"]!["nodes"]![1]!.ToJsonString());
    }

    [Fact]
    public async Task SameDocument_DirectiveVariableChangesBetweenRequests_EachRequestHonoursItsOwn()
    {
        await api.ArrangeAsync(TwoAccounts());
        const string query = "query($withRole: Boolean!) { accounts(order: [{ name: ASC }]) { nodes { contacts { fullName role @include(if: $withRole) } } } }";

        var with = await api.DataAsync(query, new { withRole = true });
        var without = await api.DataAsync(query, new { withRole = false });

        Assert.Equal("""{"fullName":"Grace Hopper","role":"BUYER"}""", with["accounts"]!["nodes"]![1]!["contacts"]![0]!.ToJsonString());
        Assert.Equal("""{"fullName":"Grace Hopper"}""", without["accounts"]!["nodes"]![1]!["contacts"]![0]!.ToJsonString());
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
