using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Data;

namespace SalesGraph.Api.Funnel;

/// <summary>Account.funnel: the funnel of every account on a page in one statement, grouped by account.</summary>
public static class AccountFunnelLoader
{
    public static IDataLoaderResult<FunnelSegment?> Load(IResolveFieldContext context, int accountId)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        return BatchLoader<FunnelSegment>.For(context, "accountFunnel", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var keys = ids.ToList();
            var segments = await FunnelQuery.ComputeAsync(db, db.Opportunities.Where(o => o.AccountId != null && keys.Contains(o.AccountId.Value)), [], byAccount: true, ct);
            var byAccount = segments.ToDictionary(s => s.Key.AccountId!.Value);
            return keys.ToDictionary(id => id, id => byAccount.GetValueOrDefault(id) ?? FunnelQuery.Empty(new FunnelKey(null, null, null, null, null, null, null, id)));
        }).Load(accountId);
    }
}
