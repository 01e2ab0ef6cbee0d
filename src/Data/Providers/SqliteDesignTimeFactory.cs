using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesGraph.Data.Providers;

/// <summary>For <c>dotnet ef migrations add X --context SqliteSalesDbContext</c>; no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSalesDbContext>
{
    public SqliteSalesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSalesDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
