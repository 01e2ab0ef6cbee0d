using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Providers;

/// <summary>Hands out the provider's context (from its pool) as a <see cref="SalesDbContext"/>.</summary>
public sealed class SalesDbContextFactory<TContext>(IDbContextFactory<TContext> pool) : IDbContextFactory<SalesDbContext>
    where TContext : SalesDbContext
{
    public SalesDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<SalesDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken);
}
