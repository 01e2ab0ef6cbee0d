using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesGraph.Data.Health;
using SalesGraph.Data.Providers;
using SalesGraph.Data.Rules;

namespace SalesGraph.Data.Tests;

public sealed class DataExtensionsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"salesgraph-{Guid.NewGuid():N}");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task InitializeSalesDatabase_NewDataDirectory_CreatesMigratesSeedsOnce()
    {
        await using var services = BuildServices(new() { ["Database:SeedDemoData"] = "true" });
        var callbacks = 0;
        Task AfterDemo(SalesDbContext db, CancellationToken ct)
        {
            callbacks++;
            db.ScoringRules.Add(new ScoringRule { RuleSet = RuleSetKind.LeadScoring, Name = "Default", When = "true", Then = "{}" });
            return Task.CompletedTask;
        }

        var first = await services.InitializeSalesDatabaseAsync(AfterDemo);
        var second = await services.InitializeSalesDatabaseAsync(AfterDemo);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, callbacks);
        Assert.True(File.Exists(Path.Combine(_directory, "data", DataExtensions.DefaultSqliteFileName)));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        Assert.IsType<SqliteSalesDbContext>(db);
        Assert.Equal(150, await db.Accounts.CountAsync());
        Assert.Equal(1, await db.ScoringRules.CountAsync());
        await db.Database.OpenConnectionAsync();
        await using var pragma = db.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AddSalesData_ConfiguredConnectionString_OverridesTheDataDirectory()
    {
        var file = Path.Combine(_directory, "elsewhere", "x.db");
        await using var services = BuildServices(new() { ["Database:ConnectionString"] = $"Data Source={file}", ["Database:SeedDemoData"] = "false" });

        var loaded = await services.InitializeSalesDatabaseAsync();

        Assert.False(loaded);
        Assert.True(File.Exists(file));
        Assert.False(Directory.Exists(Path.Combine(_directory, "data")));
    }

    [Fact]
    public async Task AddSalesData_SqlServerProvider_HandsOutTheSqlServerContext()
    {
        await using var services = BuildServices(new() { ["Database:Provider"] = "SqlServer", ["Database:ConnectionString"] = "Server=.;Database=X;Trusted_Connection=True" });

        await using var db = await services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();

        Assert.IsType<SqlServerSalesDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
    }

    [Fact]
    public async Task HealthCheck_MigratedDatabase_IsHealthy()
    {
        await using var services = BuildServices(new() { ["Database:SeedDemoData"] = "false" });
        await services.InitializeSalesDatabaseAsync();

        var result = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Empty((IEnumerable<string>)result.Data["pendingMigrations"]);
    }

    [Fact]
    public async Task HealthCheck_UnmigratedDatabase_IsUnhealthy()
    {
        await using var services = BuildServices(new() { ["Database:SeedDemoData"] = "false" });
        Directory.CreateDirectory(Path.Combine(_directory, "data"));
        await using (var empty = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory, "data", DataExtensions.DefaultSqliteFileName)}"))
        {
            await empty.OpenAsync();
            await using var create = empty.CreateCommand();
            create.CommandText = "CREATE TABLE Unrelated (Id INTEGER)";
            await create.ExecuteNonQueryAsync();
        }

        var result = await CheckAsync(services);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.NotEmpty((IEnumerable<string>)result.Data["pendingMigrations"]);
    }

    [Fact]
    public void HealthReport_From_CarriesStatusAndDetails()
    {
        var entry = new HealthReportEntry(HealthStatus.Healthy, "ok", TimeSpan.FromMilliseconds(3), null, new Dictionary<string, object> { ["provider"] = "sqlite" });
        var report = new HealthReport(new Dictionary<string, HealthReportEntry> { ["database"] = entry }, TimeSpan.FromMilliseconds(4));

        var body = SalesHealthReport.From(report);

        Assert.Equal("Healthy", body.Status);
        Assert.Equal("ok", body.Checks["database"].Description);
        Assert.Equal("sqlite", body.Checks["database"].Data["provider"]);
    }

    private ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSalesData(configuration, Path.Combine(_directory, "data")).BuildServiceProvider();
    }

    private static async Task<HealthCheckResult> CheckAsync(IServiceProvider services)
    {
        var check = new SalesDatabaseHealthCheck(services.GetRequiredService<IDbContextFactory<SalesDbContext>>());
        return await check.CheckHealthAsync(new HealthCheckContext());
    }
}
