using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Providers;

/// <summary><see cref="SalesDbContext"/> on SQLite; exists so that its migrations (Migrations/Sqlite) are found by type.</summary>
public sealed class SqliteSalesDbContext(DbContextOptions<SqliteSalesDbContext> options) : SalesDbContext(options);
