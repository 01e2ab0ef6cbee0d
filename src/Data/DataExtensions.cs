using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SalesGraph.Data;

public static class DataExtensions
{
    /// <summary>Registers <see cref="SalesDbContext"/> (scoped and as a factory) for the configured provider.</summary>
    public static IServiceCollection AddSalesData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddPooledDbContextFactory<SalesDbContext>((sp, options) =>
        {
            var db = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = db.ConnectionString ?? "Data Source=salesgraph.db";
            if (db.Provider == DatabaseProvider.SqlServer)
            {
                options.UseSqlServer(connectionString);
            }
            else
            {
                options.UseSqlite(connectionString);
            }
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Creates the database and loads demo data when empty. Placeholder: migrations and seed replace it.</summary>
    public static async Task InitializeSalesDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }
}
