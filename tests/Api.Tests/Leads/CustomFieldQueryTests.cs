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

namespace SalesGraph.Api.Tests.Leads;

public sealed class CustomFieldQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Lead Lead(string externalId, string? customFields) => new()
    {
        ExternalId = externalId,
        Source = LeadSource.WebForm,
        CustomFields = customFields,
        CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private Task ArrangeAsync() => api.ArrangeAsync(
        Lead("many", """{"Do Not Email":false,"Lead Origin":"Lead Add Form","Signed Up":"2025-03-01","Specialization":"Finance","TotalVisits":7}"""),
        Lead("few", """{"Do Not Email":true,"Lead Origin":"API","Signed Up":"2024-12-01","Specialization":null,"TotalVisits":2}"""),
        Lead("text", """{"Lead Origin":"Landing Page","TotalVisits":"lots"}"""),
        Lead("none", null));

    private async Task<List<string>> ExternalIdsAsync(string where)
    {
        var body = await api.QueryAsync($"{{ leads(where: {where}, order: [{{ externalId: ASC }}]) {{ nodes {{ externalId }} }} }}");
        Assert.True(body["errors"] is null, body.ToJsonString());
        var data = body["data"]!;
        return [.. data["leads"]!["nodes"]!.AsArray().Select(n => (string)n!["externalId"]!)];
    }

    [Theory]
    [InlineData("""{ customFields: { name: "TotalVisits", number: { gte: 5 } } }""", "many")]
    [InlineData("""{ customFields: { name: "TotalVisits", number: { lt: 5 } } }""", "few")]
    [InlineData("""{ customFields: { name: "Lead Origin", text: { eq: "Lead Add Form" } } }""", "many")]
    [InlineData("""{ customFields: { name: "Lead Origin", text: { startsWith: "L" } } }""", "many,text")]
    [InlineData("""{ customFields: { name: "Do Not Email", flag: { eq: true } } }""", "few")]
    [InlineData("""{ customFields: { name: "Signed Up", date: { gte: "2025-01-01T00:00:00Z" } } }""", "many")]
    [InlineData("""{ customFields: { name: "Specialization", missing: true } }""", "few,none,text")]
    [InlineData("""{ customFields: { name: "Specialization", missing: false } }""", "many")]
    [InlineData("""{ and: [{ customFields: { name: "TotalVisits", number: { gt: 0 } } }, { customFields: { name: "Do Not Email", flag: { eq: false } } }] }""", "many")]
    public async Task Leads_WhereCustomField_FiltersInSql(string where, string expected)
    {
        await ArrangeAsync();

        var ids = await ExternalIdsAsync(where);

        Assert.Equal(expected, string.Join(",", ids));
        Assert.Contains("json_extract", string.Join("\n", api.Sql.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lead_CustomFields_AreTypedAsStored()
    {
        await ArrangeAsync();

        var data = await api.DataAsync("""{ leads(where: { externalId: { eq: "few" } }) { nodes { customFields { name type value number flag date missing } } } }""");

        Assert.Equal(
            """[{"name":"Do Not Email","type":"YES_NO","value":"true","number":null,"flag":true,"date":null,"missing":false},"""
            + """{"name":"Lead Origin","type":"TEXT","value":"API","number":null,"flag":null,"date":null,"missing":false},"""
            + """{"name":"Signed Up","type":"DATE","value":"2024-12-01","number":null,"flag":null,"date":"2024-12-01T00:00:00Z","missing":false},"""
            + """{"name":"Specialization","type":null,"value":null,"number":null,"flag":null,"date":null,"missing":true},"""
            + """{"name":"TotalVisits","type":"NUMBER","value":"2","number":2,"flag":null,"date":null,"missing":false}]""",
            data["leads"]!["nodes"]![0]!["customFields"]!.ToJsonString());
    }

    [Fact]
    public async Task Leads_CustomFieldFilterOnSqlServer_GeneratesSnapshottedSql()
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

        var response = await client.PostAsync("/graphql", ApiFactory.Json("""
            {"query":"{ leads(first: 5, where: { and: [{ customFields: { name: \"TotalVisits\", number: { gte: 5 } } }, { customFields: { name: \"Lead Origin\", text: { eq: \"Lead Add Form\" } } }, { customFields: { name: \"Do Not Email\", flag: { eq: false } } }, { customFields: { name: \"Signed Up\", date: { gte: \"2025-01-01T00:00:00Z\" } } }, { customFields: { name: \"Specialization\", missing: true } }] }) { nodes { externalId customFields { name number } } } }"}
            """));

        Assert.DoesNotContain("errors", await response.Content.ReadAsStringAsync());
        string.Join("\n\n", sqlServer.Commands).MatchSnapshot();
    }

    [Fact]
    public async Task Leads_CustomFieldFilterWithoutName_IsAnError()
    {
        await ArrangeAsync();

        var response = await api.QueryAsync("""{ leads(where: { customFields: { name: "", number: { gte: 5 } } }) { nodes { externalId } } }""");

        Assert.Contains("customFields.name must name a custom field", response.ToJsonString());
    }
}
