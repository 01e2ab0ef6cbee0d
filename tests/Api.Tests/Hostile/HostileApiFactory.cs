using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>
/// The real app on Kestrel, 127.0.0.1 and a free port, a temporary SQLite file, Staging unless told otherwise
/// (Production gets a JWT signing key, without which it refuses to start), short slow-client timeouts so the slow
/// cases end quickly, and a rate limit out of the way.
/// </summary>
public sealed class HostileApiFactory : WebApplicationFactory<Program>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-hostile-{Guid.NewGuid():N}.db");
    private readonly string _environment;

    public HostileApiFactory(string environment = "Staging")
    {
        _environment = environment;
        UseKestrel(0);
    }

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public string DatabasePath => _path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        if (_environment == "Production")
        {
            builder.UseSetting("Authentication:Jwt:SigningKey", "hostile-production-signing-key-of-at-least-32-bytes");
        }

        builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
        builder.UseSetting("Security:RateLimit:PermitsPerWindow", "100000");
        builder.UseSetting("Security:Limits:RequestHeadersTimeout", "00:00:02");
        builder.UseSetting("Security:Limits:MinRequestBodyGracePeriod", "00:00:02");
    }

    public async Task<CreatedApiKey> CreateKeyAsync(string role)
    {
        StartServer();
        return await Services.GetRequiredService<ApiKeyStore>().CreateAsync("hostile " + role, role, null);
    }

    public async Task RevokeAsync(CreatedApiKey key) => await Services.GetRequiredService<ApiKeyStore>().RevokeAsync(key.Key.Id);

    /// <summary>A client on the real socket; with a key, sends it as X-Api-Key.</summary>
    public HttpClient Client(string? apiKey, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public async Task ArrangeAsync(params object[] entities)
    {
        StartServer();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>Posts a query as JSON and returns the body, failing on anything but 200 without errors.</summary>
    public async Task<JsonNode> DataAsync(HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);
        return json["data"]!;
    }

    /// <summary>Opens a raw TCP connection to the server (for requests HttpClient will not send).</summary>
    public async Task<TcpClient> ConnectAsync()
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(BaseAddress.Host, BaseAddress.Port);
        return tcp;
    }

    /// <summary>The HTTP/1.1 request head for a POST to /graphql.</summary>
    public string Head(string apiKey, string extraHeaders) =>
        $"POST /graphql HTTP/1.1\r\nHost: {BaseAddress.Authority}\r\nX-Api-Key: {apiKey}\r\n{extraHeaders}\r\n";

    public static byte[] Ascii(string text) => Encoding.UTF8.GetBytes(text);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
