using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Security.ApiKeys;

namespace SalesGraph.Benchmarks;

/// <summary>The API as the HTTP benchmarks host it: on the SQLite file at a path, without demo data, admin key, rate limit or logging.</summary>
internal static class BenchmarkHost
{
    /// <summary>The host on <paramref name="path"/>; <paramref name="configure"/> adds to it.</summary>
    public static WebApplicationFactory<Program> Create(string path, Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // The build output, wherever the process runs from (in process, BenchmarkDotNet runs from the caller's directory).
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("Database:ConnectionString", $"Data Source={path}");
            builder.UseSetting("Database:SeedDemoData", "false");
            // Not Production (which refuses to start without credentials) and not Development (no shielding, introspection on).
            builder.UseEnvironment("Benchmark");
            builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
            builder.UseSetting("Security:RateLimit:PermitsPerWindow", "1000000");
            builder.ConfigureLogging(logging => logging.ClearProviders());
            configure?.Invoke(builder);
        });

    /// <summary>A client of <paramref name="factory"/> that sends a new key of <paramref name="role"/>.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory, string role)
    {
        var client = factory.CreateClient();
        var key = factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("benchmark", role, null).GetAwaiter().GetResult();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainText);
        return client;
    }
}
