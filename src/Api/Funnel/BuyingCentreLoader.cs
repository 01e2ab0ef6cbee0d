using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

/// <summary>Account.buyingCentre for every account on a page in three statements: role counts (GROUP BY), contacts, open opportunities' roles.</summary>
public static class BuyingCentreLoader
{
    public static IDataLoaderResult<BuyingCentre?> Load(IResolveFieldContext context, int accountId)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        return BatchLoader<BuyingCentre>.For(context, "buyingCentre", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var keys = ids.ToList();
            var counts = await db.Contacts.AsNoTracking().Where(c => keys.Contains(c.AccountId))
                .GroupBy(c => new { c.AccountId, c.Role })
                .Select(g => new { g.Key.AccountId, g.Key.Role, Count = g.Count() })
                .ToListAsync(ct);
            var contacts = await db.Contacts.AsNoTracking().Where(c => keys.Contains(c.AccountId)).OrderBy(c => c.FullName).ThenBy(c => c.Id).ToListAsync(ct);
            var open = await db.Opportunities.AsNoTracking()
                .Where(o => o.AccountId != null && keys.Contains(o.AccountId.Value) && o.Stage != FunnelStage.Won && o.Stage != FunnelStage.Lost)
                .OrderBy(o => o.Id)
                .Select(o => new
                {
                    AccountId = o.AccountId!.Value,
                    Opportunity = new BuyingCentreOpportunity(o.Id, o.Name, o.Stage,
                        !o.Contacts.Any(c => c.Role == BuyingRole.Decider), !o.Contacts.Any(c => c.Role == BuyingRole.Buyer)),
                })
                .ToListAsync(ct);
            return keys.ToDictionary(id => id, id => new BuyingCentre(
                counts.Where(c => c.AccountId == id).OrderBy(c => c.Role)
                    .Select(c => new BuyingCentreRole(c.Role, c.Count, contacts.Where(x => x.AccountId == id && x.Role == c.Role).ToList()))
                    .ToList(),
                open.Where(o => o.AccountId == id).Select(o => o.Opportunity).ToList()));
        }).Load(accountId);
    }
}
