using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Providers;

namespace SalesGraph.Api.Tests.Infrastructure;

/// <summary>The API on its own temporary SQLite file, without demo data; each test arranges its own rows.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _path;
    private readonly bool _ownsFile;

    public ApiFactory()
        : this(Path.Combine(Path.GetTempPath(), $"salesgraph-api-{Guid.NewGuid():N}.db"), ownsFile: true)
    {
    }

    private ApiFactory(string path, bool ownsFile) => (_path, _ownsFile) = (path, ownsFile);

    public SqlCapture Sql { get; } = new();

    /// <summary>Configuration for the host, set before it starts (e.g. <c>Subscriptions:PollInterval</c>).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Service replacements for the host, added before it starts (e.g. an in-memory telemetry exporter).</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    /// <summary>A second API instance on this one's database file (which the first one deletes when disposed).</summary>
    public ApiFactory SecondInstance() => new(_path, ownsFile: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteSalesDbContext>(o => o.AddInterceptors(Sql));
            foreach (var configure in TestServices)
                configure(services);
        });
    }

    /// <summary>An admin key, created on first use; <see cref="CreateClient"/> sends it.</summary>
    public string AdminKey => _adminKey ??= CreateKeyAsync(Roles.Admin).GetAwaiter().GetResult();

    private string? _adminKey;

    public async Task<string> CreateKeyAsync(string role, params LeadSource[] leadSources)
    {
        StartServer();
        return (await Services.GetRequiredService<ApiKeyStore>().CreateAsync("test " + role, role, null, leadSources.Length == 0 ? null : leadSources)).PlainText;
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient CreateAnonymousClient() => base.CreateClient();

    /// <summary>A client that sends the admin key.</summary>
    public new HttpClient CreateClient() => CreateClient(AdminKey);

    public HttpClient CreateClient(string apiKey)
    {
        var client = base.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Empties the database, then inserts the given rows.</summary>
    public async Task ArrangeAsync(params object[] entities)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        // The outbox poller reads every few hundred ms: not while the file is deleted and migrated again.
        using (await Services.GetRequiredService<OutboxPoller>().SuspendAsync())
        {
            await db.Database.EnsureDeletedAsync();
            SqliteConnection.ClearAllPools();
            await Services.InitializeSalesDatabaseAsync();
        }

        _adminKey = null;
        db.AddRange(entities);
        await db.SaveChangesAsync();
        Sql.Clear();
    }

    public async Task<HttpResponseMessage> PostAsync(string query, object? variables = null) =>
        await CreateClient().PostAsJsonAsync("/graphql", new { query, variables });

    /// <summary>Posts the query, expects 200, and returns the parsed body.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    /// <summary>Posts the query and returns its data, failing on any error.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var body = await QueryAsync(query, variables);
        Assert.Null(body["errors"]);
        return body["data"]!;
    }

    public static StringContent Json(string json, string mediaType = "application/json") =>
        new(json, new MediaTypeHeaderValue(mediaType));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsFile)
            File.Delete(_path);
    }
}
