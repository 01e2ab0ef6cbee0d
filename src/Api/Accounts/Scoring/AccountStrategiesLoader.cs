using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Accounts.Scoring;

/// <summary>Loads the strategy flags of every account on a page in one statement (the flags are not a filterable column).</summary>
public static class AccountStrategiesLoader
{
    public static IDataLoaderResult<IReadOnlyList<CustomerStrategy>?> Load(IResolveFieldContext context, int accountId)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        return BatchLoader<IReadOnlyList<CustomerStrategy>>.For(context, "accountStrategies", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var keys = ids.ToList();
            var rows = await db.Accounts.AsNoTracking().Where(a => keys.Contains(a.Id)).Select(a => new { a.Id, a.Strategies }).ToListAsync(ct);
            return rows.ToDictionary(r => r.Id, r => CustomerStrategyType.Split(r.Strategies));
        }).Load(accountId);
    }
}
