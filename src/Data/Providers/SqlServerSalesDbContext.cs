using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Providers;

/// <summary><see cref="SalesDbContext"/> on SQL Server; exists so that its migrations (Migrations/SqlServer) are found by type.</summary>
public sealed class SqlServerSalesDbContext(DbContextOptions<SqlServerSalesDbContext> options) : SalesDbContext(options);
