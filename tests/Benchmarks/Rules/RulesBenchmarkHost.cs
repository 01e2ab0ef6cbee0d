using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Data;

namespace SalesGraph.Benchmarks.Rules;

/// <summary>The API on a temporary SQLite file with the default rules and no demo data, for the rule-operations benchmarks.</summary>
internal sealed class RulesBenchmarkHost : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-rules-bench-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> _factory;

    public RulesBenchmarkHost()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _ = _factory.Server;
    }

    public IServiceProvider Services => _factory.Services;

    public SalesDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContext();

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
