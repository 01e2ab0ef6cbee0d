using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Providers;
using Snapshooter.Xunit;

namespace SalesGraph.Data.Tests.Providers;

public sealed class MigrationTests
{
    private const string SqlServerConnectionString = "Server=.;Database=SalesGraph;Trusted_Connection=True;TrustServerCertificate=True";

    [Fact]
    public async Task Migrate_EmptySqliteDatabase_LeavesNoPendingMigrations()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Accounts.CountAsync());
    }

    [Fact]
    public void HasPendingModelChanges_SqliteMigrations_AreUpToDate()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void HasPendingModelChanges_SqlServerMigrations_AreUpToDate()
    {
        using var db = CreateSqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void GenerateScript_SqlServer_MatchesSnapshot()
    {
        using var db = CreateSqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript();

        Snapshot.Match(script);
    }

    [Fact]
    public void GenerateScript_Sqlite_MatchesSnapshot()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();

        var script = db.GetService<IMigrator>().GenerateScript();

        Snapshot.Match(script);
    }

    [Fact]
    public void Migrations_EachProvider_FindsOnlyItsOwnSet()
    {
        using var sqlite = new SqliteTestDatabase();
        using var sqliteDb = sqlite.CreateContext();
        using var sqlServerDb = CreateSqlServerContext();

        var sqliteMigrations = sqliteDb.GetService<IMigrationsAssembly>().Migrations.Values;
        var sqlServerMigrations = sqlServerDb.GetService<IMigrationsAssembly>().Migrations.Values;

        Assert.All(sqliteMigrations, m => Assert.EndsWith(".Sqlite", m.Namespace));
        Assert.All(sqlServerMigrations, m => Assert.EndsWith(".SqlServer", m.Namespace));
    }

    private static SqlServerSalesDbContext CreateSqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerSalesDbContext>().UseSqlServer(SqlServerConnectionString).Options);
}
