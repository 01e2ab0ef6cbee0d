using System.Text.Json.Nodes;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class AccountSortAndPagingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private Task ArrangeAccountsAsync() => api.ArrangeAsync(
        TestData.Account("Echo", annualRevenue: 500m),
        TestData.Account("Alpha", annualRevenue: 100.5m),
        TestData.Account("Delta", annualRevenue: 1000m),
        TestData.Account("Bravo", annualRevenue: 20m),
        TestData.Account("Charlie", annualRevenue: 500m));

    [Fact]
    public async Task Accounts_OrderByAnnualRevenueDesc_SortsByValueWithKeyAsTieBreaker()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("{ accounts(order: [{ annualRevenue: DESC }]) { nodes { name } } }");

        Assert.Equal("Delta,Echo,Charlie,Alpha,Bravo", Names(data["accounts"]!["nodes"]!));
    }

    [Fact]
    public async Task Accounts_OrderByTwoFields_AppliesThemInOrder()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("{ accounts(order: [{ annualRevenue: ASC }, { name: DESC }]) { nodes { name } } }");

        Assert.Equal("Bravo,Alpha,Echo,Charlie,Delta", Names(data["accounts"]!["nodes"]!));
    }

    [Fact]
    public async Task Contacts_OrderByNestedAccountName_SortsByTheAccount()
    {
        await api.ArrangeAsync(
            TestData.Account("Zulu").WithContacts(TestData.Contact("Amy", "A", BuyingRole.User)),
            TestData.Account("Mike").WithContacts(TestData.Contact("Zed", "Z", BuyingRole.User)));

        var data = await api.DataAsync("{ contacts(order: [{ account: { name: ASC } }]) { nodes { fullName } } }");

        Assert.Equal("""[{"fullName":"Zed Z"},{"fullName":"Amy A"}]""", data["contacts"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Accounts_FirstThenAfterEndCursor_ReturnsTheNextPageWithoutOverlap()
    {
        await ArrangeAccountsAsync();
        const string query = "query($after: String) { accounts(first: 2, after: $after, order: [{ name: ASC }]) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } } }";
        var first = await api.DataAsync(query);

        var second = await api.DataAsync(query, new { after = (string)first["accounts"]!["pageInfo"]!["endCursor"]! });

        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":false,"startCursor":"MA==","endCursor":"MQ=="}""", first["accounts"]!["pageInfo"]!.ToJsonString());
        Assert.Equal(
            """{"pageInfo":{"hasNextPage":true,"hasPreviousPage":true,"startCursor":"Mg==","endCursor":"Mw=="},"edges":[{"cursor":"Mg==","node":{"name":"Charlie"}},{"cursor":"Mw==","node":{"name":"Delta"}}]}""",
            second["accounts"]!.ToJsonString());
    }

    [Fact]
    public async Task Accounts_LastPage_HasNoNextPage()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("""{ accounts(first: 10, after: "Mw==", order: [{ name: ASC }]) { pageInfo { hasNextPage hasPreviousPage } nodes { name } } }""");

        Assert.Equal("""{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true},"nodes":[{"name":"Echo"}]}""", data["accounts"]!.ToJsonString());
    }

    [Fact]
    public async Task Accounts_LastWithoutCursor_ReturnsTheFinalItems()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("{ accounts(last: 2, order: [{ name: ASC }]) { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { name } } }");

        Assert.Equal("""{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true,"startCursor":"Mw=="},"nodes":[{"name":"Delta"},{"name":"Echo"}]}""", data["accounts"]!.ToJsonString());
    }

    [Fact]
    public async Task Accounts_LastBeforeCursor_PagesBackward()
    {
        await ArrangeAccountsAsync();

        var data = await api.DataAsync("""{ accounts(last: 2, before: "Mw==", order: [{ name: ASC }]) { pageInfo { hasNextPage hasPreviousPage } nodes { name } } }""");

        Assert.Equal("""{"pageInfo":{"hasNextPage":true,"hasPreviousPage":true},"nodes":[{"name":"Bravo"},{"name":"Charlie"}]}""", data["accounts"]!.ToJsonString());
    }

    [Fact]
    public async Task Accounts_WithoutFirstOrLast_ReturnsTheDefaultPageSize()
    {
        await api.ArrangeAsync(Enumerable.Range(1, 12).Select(i => (object)TestData.Account($"Account {i:00}")).ToArray());

        var data = await api.DataAsync("{ accounts { totalCount pageInfo { hasNextPage } nodes { id } } }");

        Assert.Equal(10, data["accounts"]!["nodes"]!.AsArray().Count);
        Assert.Equal(12, (int)data["accounts"]!["totalCount"]!);
        Assert.True((bool)data["accounts"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Theory]
    [InlineData("first: 51", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("last: 100", "PAGING_MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("first: -1", "PAGING_NEGATIVE_PAGE_SIZE")]
    [InlineData("after: \"not a cursor\"", "PAGING_INVALID_CURSOR")]
    public async Task Accounts_WithInvalidPaging_ReturnsAPagingError(string arguments, string code)
    {
        await ArrangeAccountsAsync();

        var body = await api.QueryAsync($"{{ accounts({arguments}) {{ nodes {{ name }} }} }}");

        Assert.Equal(code, (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(body["data"]!["accounts"]);
    }

    private static string Names(JsonNode nodes) => string.Join(",", nodes.AsArray().Select(n => (string)n!["name"]!));
}
