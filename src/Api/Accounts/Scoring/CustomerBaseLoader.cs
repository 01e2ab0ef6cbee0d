using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Customers;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Api.Accounts.Scoring;

/// <summary>Builds the customer-strategy facts of the whole stored base (the pyramid tier ranks revenue over every account):
/// revenue, NPS answers, open opportunities and open leads in five statements. Retagging and simulation both start here.</summary>
public static class CustomerBaseLoader
{
    public static async Task<IReadOnlyList<CustomerFact>> LoadAsync(SalesDbContext db, DateTime now, ScoringOptions options, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking()
            .Select(a => new { a.Id, a.Name, a.Domain, a.Industry, a.Country, a.Employees, a.IsCustomer })
            .ToListAsync(ct);
        var revenue = (await db.RevenueLines.AsNoTracking().Select(r => new { r.AccountId, r.PeriodStart, r.Revenue, r.GrossMargin }).ToListAsync(ct))
            .ToLookup(r => r.AccountId, r => new RevenuePeriod(r.PeriodStart, r.Revenue, r.GrossMargin));
        var nps = (await db.NpsResponses.AsNoTracking().Select(r => new { r.AccountId, r.Score }).ToListAsync(ct))
            .ToLookup(r => r.AccountId, r => r.Score);
        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.AccountId != null && o.Stage != FunnelStage.Won && o.Stage != FunnelStage.Lost)
            .GroupBy(o => o.AccountId!.Value)
            .Select(g => new { AccountId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AccountId, g => g.Count, ct);
        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.AccountId != null && l.Stage != LeadStage.Disqualified && l.Converted != true)
            .GroupBy(l => l.AccountId!.Value)
            .Select(g => new { AccountId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AccountId, g => g.Count, ct);
        var records = accounts.Select(a => new CustomerRecord(a.Id, a.Name, a.IsCustomer, [.. revenue[a.Id]], [.. nps[a.Id]],
            opportunities.GetValueOrDefault(a.Id), leads.GetValueOrDefault(a.Id))
        {
            Domain = a.Domain,
            Industry = a.Industry,
            Country = a.Country,
            Employees = a.Employees,
        }).ToList();
        return CustomerBase.Build(records, now, options);
    }
}
