using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Providers;
using Snapshooter.Xunit;

namespace SalesGraph.Api.Tests.Security;

/// <summary>The lead-source scope on SQL Server: the generated SQL of a scoped key's lead reads, kept as a snapshot.</summary>
public sealed class LeadSourceScopeSqlServerTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Leads_ScopedKeyOnSqlServer_FilterIsInTheWhereOfTheCountAndThePage()
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
        var key = await host.Services.GetRequiredService<ApiKeyStore>().CreateAsync("scoped", Roles.Reader, null, [LeadSource.WebForm, LeadSource.Webinar]);
        client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainText);
        sqlServer.Active = true;

        var response = await client.PostAsync("/graphql", ApiFactory.Json("""
            {"query":"{ leads(first: 5) { totalCount nodes { externalId } } }"}
            """));

        Assert.DoesNotContain("errors", await response.Content.ReadAsStringAsync());
        var leadStatements = sqlServer.Commands.Where(c => c.Contains("[Leads]", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, leadStatements.Count);
        Assert.All(leadStatements, sql => Assert.Matches(@"\[l\d*\]\.\[Source\] IN \(@ef_filter__ScopedLeadSources", sql));
        string.Join("\n\n", sqlServer.Commands).MatchSnapshot();
    }
}
