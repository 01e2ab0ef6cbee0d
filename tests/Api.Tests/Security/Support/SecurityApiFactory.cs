using System.Net.Http.Headers;
using GraphQL;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Tests.Security.TestSchema;

namespace SalesGraph.Api.Tests.Security.Support;

/// <summary>The API host on its own SQLite file, with the test schema behind the real security wiring.</summary>
public sealed class SecurityApiFactory(Dictionary<string, string?>? settings = null, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    public const string JwtSigningKey = "test-signing-key-that-is-at-least-32-bytes-long!";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "salesgraph-api-" + Guid.NewGuid().ToString("N"));

    public LogCapture Logs { get; } = new();

    public string DatabaseFolder => folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "sales.db")};Pooling=False");
        builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
        builder.UseSetting("Security:GraphQLPath", "/guarded");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<IStartupFilter, TestGraphQLEndpoint>();
            services.AddSingleton<MutationLog>();
            services.AddGraphQL(b => b
                .AddSchema<GuardedSchema>()
                .AddGraphTypes(typeof(GuardedSchema).Assembly)
                .AddSystemTextJson()
                .AddSalesGraphSecurity());
        });
    }

    public async Task<string> CreateKeyAsync(string role)
    {
        _ = Server;
        return (await Services.GetRequiredService<ApiKeyStore>().CreateAsync("test " + role, role, null)).PlainText;
    }

    public static StringContent Json(string query) =>
        new($"{{\"query\":\"{query.Replace("\"", "\\\"", StringComparison.Ordinal)}\"}}", Encoding.UTF8, "application/json");

    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
