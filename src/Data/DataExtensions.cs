using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGraph.Data.Providers;
using SalesGraph.Data.Seed;
using SalesGraph.Data.Sql;

namespace SalesGraph.Data;

public static class DataExtensions
{
    public const string DefaultSqliteFileName = "salesgraph.db";

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{SalesDbContext}"/> and a scoped <see cref="SalesDbContext"/> for the
    /// provider in <c>Database:Provider</c>. Without <c>Database:ConnectionString</c>, SQLite uses
    /// <c>{defaultDataDirectory}/salesgraph.db</c>.
    /// </summary>
    public static IServiceCollection AddSalesData(this IServiceCollection services, IConfiguration configuration, string defaultDataDirectory)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure(o => o.ConnectionString ??= DefaultConnectionString(o.Provider, defaultDataDirectory));

        services.AddPooledDbContextFactory<SqliteSalesDbContext>((sp, options) =>
            UseProvider(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddPooledDbContextFactory<SqlServerSalesDbContext>((sp, options) =>
            UseProvider(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<IDbContextFactory<SalesDbContext>>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? new SalesDbContextFactory<SqlServerSalesDbContext>(sp.GetRequiredService<IDbContextFactory<SqlServerSalesDbContext>>())
                : new SalesDbContextFactory<SqliteSalesDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSalesDbContext>>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// Applies pending migrations (EF takes a migration lock, so several instances may start at once), then, when
    /// <c>Database:SeedDemoData</c> is on and the database holds no accounts, leads or tenders, loads the demo data and runs
    /// <paramref name="afterDemoData"/> in the same transaction (e.g. to seed default rules).
    /// </summary>
    /// <returns>True when this call loaded the demo data.</returns>
    public static async Task<bool> InitializeSalesDatabaseAsync(
        this IServiceProvider services,
        Func<SalesDbContext, CancellationToken, Task>? afterDemoData = null,
        CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var db = await services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
            CreateSqliteDirectory(db.Database.GetConnectionString());
        if (SqlDialect.For(db.Database).BeforeMigrating is { } settings)
            await db.Database.ExecuteSqlRawAsync(settings.Text, cancellationToken);

        await db.Database.MigrateAsync(cancellationToken);
        return options.SeedDemoData && await DemoData.LoadIfEmptyAsync(db, afterDemoData, cancellationToken);
    }

    internal static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        var connectionString = database.ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is required.");
        // Executed commands log at Debug, not Information: the demo load alone runs some 30,000 INSERTs.
        options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        return database.Provider == DatabaseProvider.SqlServer
            ? options.UseSqlServer(connectionString)
            : options.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionPragmas());
    }

    private static string? DefaultConnectionString(DatabaseProvider provider, string dataDirectory) =>
        provider == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, DefaultSqliteFileName) }.ToString()
            : null;

    private static void CreateSqliteDirectory(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
