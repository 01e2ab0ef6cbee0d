using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Providers;
using Snapshooter.Xunit;

namespace SalesGraph.Api.Tests.Accounts;

/// <summary>Money (decimal: stored as REAL on SQLite, decimal(18,2) on SQL Server) is filtered and sorted in SQL on both providers.</summary>
public sealed class MoneyQuerySqlTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = """
        { accounts(where: { annualRevenue: { gte: 1000000.50 } }, order: [{ annualRevenue: DESC }]) { nodes { name annualRevenue } }
          opportunities(where: { amount: { lt: 5000.01 } }, order: [{ amount: ASC }]) { nodes { amount } } }
        """;

    [Fact]
    public async Task MoneyFilterAndSort_OnSqlite_AreInWhereAndOrderByAndExactToTheCent()
    {
        await api.ArrangeAsync(
            TestData.Account("Just under", annualRevenue: 1_000_000.49m).WithOpportunities(TestData.Opportunity("a", FunnelStage.Won, 5000.01m)),
            TestData.Account("Just over", annualRevenue: 1_000_000.51m).WithOpportunities(TestData.Opportunity("b", FunnelStage.Won, 5000.00m)),
            TestData.Account("Large", annualRevenue: 9_999_999_999_999.99m).WithOpportunities(TestData.Opportunity("c", FunnelStage.Won, 0.01m)));
        _ = api.AdminKey;
        api.Sql.Clear();

        var data = await api.DataAsync(Query);

        Assert.Equal("""[{"name":"Large","annualRevenue":9999999999999.99},{"name":"Just over","annualRevenue":1000000.51}]""", data["accounts"]!["nodes"]!.ToJsonString());
        // REAL keeps the value, not the scale: 5000.00 reads back as 5000.
        Assert.Equal("""[{"amount":0.01},{"amount":5000}]""", data["opportunities"]!["nodes"]!.ToJsonString());
        var accounts = Assert.Single(api.Sql.Commands, c => c.Contains("FROM \"Accounts\"", StringComparison.Ordinal) && !c.StartsWith("SELECT COUNT", StringComparison.Ordinal));
        Assert.Matches("""WHERE "a"."AnnualRevenue" >= @\w+\s+ORDER BY "a"."AnnualRevenue" DESC""", accounts);
        var opportunities = Assert.Single(api.Sql.Commands, c => c.Contains("FROM \"Opportunities\"", StringComparison.Ordinal) && !c.StartsWith("SELECT COUNT", StringComparison.Ordinal));
        Assert.Matches("WHERE \"o\".\"Amount\" < @\\w+\\s+ORDER BY \"o\".\"Amount\"", opportunities);
    }

    [Fact]
    public async Task MoneyFilterAndSort_OnSqlServer_GenerateSnapshottedSqlWithThemInWhereAndOrderBy()
    {
        var sqlServer = new SqlServerCaptureFactory();
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

        var response = await client.PostAsync("/graphql", ApiFactory.Json(JsonSerializer.Serialize(new { query = Query })));

        Assert.DoesNotContain("errors", await response.Content.ReadAsStringAsync());
        var sql = string.Join("\n\n", sqlServer.Commands.Order(StringComparer.Ordinal));
        Assert.Matches(@"WHERE \[a\]\.\[AnnualRevenue\] >= @\w+\s+ORDER BY \[a\]\.\[AnnualRevenue\] DESC", sql);
        Assert.Matches(@"WHERE \[o\]\.\[Amount\] < @\w+\s+ORDER BY \[o\]\.\[Amount\]", sql);
        sql.MatchSnapshot();
    }
}
