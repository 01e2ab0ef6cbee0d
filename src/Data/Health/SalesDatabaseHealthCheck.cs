using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesGraph.Data.Health;

/// <summary>Healthy when the database answers and every migration of its provider has been applied.</summary>
public sealed class SalesDatabaseHealthCheck(IDbContextFactory<SalesDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? "unknown" };
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.", data: data);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            data["appliedMigrations"] = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
            data["pendingMigrations"] = pending;
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database is reachable and migrated.", data)
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending.", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", e);
        }
    }
}
