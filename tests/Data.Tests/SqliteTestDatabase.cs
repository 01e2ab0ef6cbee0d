using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Providers;

namespace SalesGraph.Data.Tests;

/// <summary>A migrated SQLite database in memory, alive while the connection is open.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTestDatabase()
    {
        _connection.Open();
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public SalesDbContext CreateContext() =>
        new SqliteSalesDbContext(new DbContextOptionsBuilder<SqliteSalesDbContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
