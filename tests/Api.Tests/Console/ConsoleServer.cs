using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PuppeteerSharp;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;

namespace SalesGraph.Api.Tests.Console;

/// <summary>
/// The real app on Kestrel (127.0.0.1, a free port: a browser cannot reach a TestServer) over a fresh SQLite file with the
/// demo data and default rules, keys for admin, ops and reader, and one headless Chromium for the collection.
/// </summary>
public sealed class ConsoleServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-console-{Guid.NewGuid():N}.db");

    public ConsoleServer() => UseKestrel(0);

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public CreatedApiKey Admin { get; private set; } = null!;

    public CreatedApiKey Ops { get; private set; } = null!;

    public CreatedApiKey Reader { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: SALESGRAPH_SCREENSHOTS (docs/console when refreshing the committed set), else the test output.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("SALESGRAPH_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "console-screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
        builder.UseSetting("Security:RateLimit:PermitsPerWindow", "100000");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var keys = Services.GetRequiredService<ApiKeyStore>();
        Admin = await keys.CreateAsync("console admin", Roles.Admin, null);
        Ops = await keys.CreateAsync("console ops", Roles.Ops, null);
        Reader = await keys.CreateAsync("console reader", Roles.Reader, null);
        if (ConsoleBrowser.ExecutablePath is not null || ConsoleBrowser.InCi)
            Browser = await ConsoleBrowser.LaunchAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>Posts a query with the admin key and returns its data, failing on any error.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null, string? key = null)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key ?? Admin.PlainText);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);
        return json["data"]!;
    }

    /// <summary>A new tab, signed in with <paramref name="key"/>, on the console's <paramref name="hash"/> (e.g. "#/rules").</summary>
    public async Task<ConsolePage> OpenAsync(CreatedApiKey key, string hash = "#/rules")
    {
        var page = await Browser.NewPageAsync();
        var console = new ConsolePage(page, BaseAddress);
        await console.SignInAsync(key.PlainText);
        await console.GoAsync(hash);
        return console;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
