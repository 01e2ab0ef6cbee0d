using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesGraph.Data.Providers;

/// <summary>For <c>dotnet ef migrations add X --context SqlServerSalesDbContext</c>; no server is contacted.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSalesDbContext>
{
    public SqlServerSalesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerSalesDbContext>().UseSqlServer("Server=.;Database=SalesGraph;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
