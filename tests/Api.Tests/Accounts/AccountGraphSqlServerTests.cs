using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Providers;
using Snapshooter.Xunit;

namespace SalesGraph.Api.Tests.Accounts;

public sealed class AccountGraphSqlServerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Accounts_IssueExampleQueryOnSqlServer_GeneratesSnapshottedSql()
    {
        var sqlServer = new SqlServerCaptureFactory();
        // Start-up migrates the host's SQLite file; once started, the API's resolvers get SQL Server contexts.
        // The rule-version and outbox pollers would otherwise query the capturing factory at a random moment.
        using var host = api.WithWebHostBuilder(b => b.UseSetting("Rules:PollInterval", "01:00:00").UseSetting("Subscriptions:PollInterval", "01:00:00").ConfigureTestServices(s => s
            .AddSingleton<IDbContextFactory<SalesDbContext>>(sp =>
            {
                sqlServer.Fallback = new SalesDbContextFactory<SqliteSalesDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSalesDbContext>>());
                return sqlServer;
            })
            .AddSingleton(sp => new ApiKeyStore(
                new SalesDbContextFactory<SqliteSalesDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSalesDbContext>>()), TimeProvider.System))));
        var client = host.CreateClient();
        var key = await host.Services.GetRequiredService<ApiKeyStore>().CreateAsync("sql server", Roles.Admin, null);
        client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainText);
        sqlServer.Active = true;

        var response = await client.PostAsync("/graphql", ApiFactory.Json("""
            {"query":"{ accounts(first: 5, where: { and: [{ name: { startsWith: \"A\" } }, { employees: { gte: 100 } }] }, order: [{ annualRevenue: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { name contacts(where: { role: { in: [DECIDER, BUYER] } }, order: [{ fullName: ASC }]) { fullName role } } } }"}
            """));

        Assert.DoesNotContain("errors", await response.Content.ReadAsStringAsync());
        string.Join("\n\n", sqlServer.Commands).MatchSnapshot();
    }
}
