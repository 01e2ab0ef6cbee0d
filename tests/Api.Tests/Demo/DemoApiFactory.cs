using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;

namespace SalesGraph.Api.Tests.Demo;

/// <summary>The API as `dotnet run` starts it on a fresh SQLite file: demo data loaded and the default rules run over it.</summary>
public sealed class DemoApiFactory : WebApplicationFactory<Program>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-demo-{Guid.NewGuid():N}.db");
    private HttpClient? _client;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
        builder.UseSetting("Security:RateLimit:PermitsPerWindow", "100000");
    }

    /// <summary>Posts the query with a reader key and returns its data, failing on any error.</summary>
    public async Task<JsonNode> DataAsync(string query)
    {
        _client ??= await CreateReaderClientAsync();
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["errors"]);
        return json["data"]!;
    }

    private async Task<HttpClient> CreateReaderClientAsync()
    {
        _ = Server;
        var key = await Services.GetRequiredService<ApiKeyStore>().CreateAsync("demo reader", Roles.Reader, null);
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainText);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
