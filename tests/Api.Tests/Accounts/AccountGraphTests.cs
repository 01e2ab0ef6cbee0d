using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class AccountGraphTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Accounts_IssueExampleQuery_ReturnsFirstPageWithSortedContacts()
    {
        await api.ArrangeAsync(
            TestData.Account("Gamma").WithContacts(TestData.Contact("Zoe", "Zimmer", BuyingRole.User)),
            TestData.Account("Alpha").WithContacts(TestData.Contact("Yan", "Young", BuyingRole.Decider), TestData.Contact("Bea", "Bos", BuyingRole.Buyer)),
            TestData.Account("Beta"));

        var data = await api.DataAsync("{ accounts(first: 2, order: [{ name: ASC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { name contacts(order: [{ fullName: ASC }]) { fullName role } } } }");

        Assert.Equal(
            """{"accounts":{"totalCount":3,"pageInfo":{"hasNextPage":true,"endCursor":"MQ=="},"nodes":[{"name":"Alpha","contacts":[{"fullName":"Bea Bos","role":"BUYER"},{"fullName":"Yan Young","role":"DECIDER"}]},{"name":"Beta","contacts":[]}]}}""",
            data.ToJsonString());
    }
}
