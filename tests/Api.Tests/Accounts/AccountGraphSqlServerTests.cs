using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using Snapshooter.Xunit;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class AccountGraphSqlServerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Accounts_IssueExampleQueryOnSqlServer_GeneratesSnapshottedSql()
    {
        var sqlServer = new SqlServerCaptureFactory();
        // The API's resolvers get SQL Server contexts; start-up initialisation keeps an in-memory SQLite one.
        using var host = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .AddSingleton<IDbContextFactory<SalesDbContext>>(sqlServer)
            .AddScoped(_ => new SalesDbContext(new DbContextOptionsBuilder<SalesDbContext>().UseSqlite("Data Source=:memory:").Options))));
        var client = host.CreateClient();

        var response = await client.PostAsync("/graphql", ApiFactory.Json("""
            {"query":"{ accounts(first: 5, where: { and: [{ name: { startsWith: \"A\" } }, { employees: { gte: 100 } }] }, order: [{ annualRevenue: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { name contacts(where: { role: { in: [DECIDER, BUYER] } }, order: [{ fullName: ASC }]) { fullName role } } } }"}
            """));

        Assert.DoesNotContain("errors", await response.Content.ReadAsStringAsync());
        string.Join("\n\n", sqlServer.Commands).MatchSnapshot();
    }
}
