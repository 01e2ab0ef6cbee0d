using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>One API instance on a SQLite file that other instances share; polls for published rule-set versions every 500 ms.</summary>
public sealed class SharedDatabaseApiFactory(string path) : WebApplicationFactory<Program>
{
    private string? _key;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", $"Data Source={path}");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
        builder.UseSetting("Rules:PollInterval", "00:00:00.500");
    }

    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        _key ??= (await Services.GetRequiredService<ApiKeyStore>().CreateAsync("instance", Roles.Admin, null)).PlainText;
        using var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", _key);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
