using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Scoring.Customers;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using ScoringBuyingRole = SalesGraph.Scoring.Rules.BuyingRole;
using ScoringTier = SalesGraph.Scoring.Rules.CustomerPyramidTier;
using FactEngagementKind = SalesGraph.Scoring.Facts.EngagementKind;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Reads what the rules need about a batch of leads in a fixed number of statements: engagement aggregates
/// (one GROUP BY), the accounts the leads can join (by id or domain), their revenue, open opportunities and contacts.</summary>
public static class LeadBatchLoader
{
    public static async Task<LeadBatch> LoadAsync(SalesDbContext db, IReadOnlyList<Lead> leads, DateTime now, double halfLifeDays, CancellationToken ct)
    {
        var ids = leads.Select(l => l.Id).ToList();
        // Grouped per lead, kind and day: decay is exact to the day, and a chatty lead costs a row per active day, not per event.
        // A dense batch (keyset pages of stored leads) reads its id range off the LeadId index, far cheaper than a long IN list.
        var (lowest, highest) = ids.Count == 0 ? (0, 0) : (ids.Min(), ids.Max());
        var engagements = (long)highest - lowest < 4L * ids.Count
            ? db.Engagements.AsNoTracking().Where(e => e.LeadId >= lowest && e.LeadId <= highest)
            : db.Engagements.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.LeadId));
        var buckets = await engagements
            .GroupBy(e => new { e.LeadId, e.Kind, Day = e.OccurredAt.Date })
            .Select(g => new { g.Key.LeadId, g.Key.Kind, Count = g.Count(), Last = g.Max(e => e.OccurredAt) })
            .ToListAsync(ct);
        var engagement = buckets.ToLookup(b => b.LeadId);

        var facts = leads.Select(lead =>
        {
            var fact = LeadFacts.From(lead);
            // No engagement: the summary of no events is all zeros and no last activity, which is what the fact holds already.
            if (!engagement.Contains(lead.Id))
                return fact;
            var events = engagement[lead.Id].SelectMany(b => Enumerable.Repeat(((FactEngagementKind)(int)b.Kind, b.Last), b.Count));
            return fact.WithEngagement(EngagementSummary.From(events, now, halfLifeDays));
        }).ToList();

        var accountIds = facts.Where(f => f.AccountId is not null).Select(f => f.AccountId!.Value).Distinct().ToList();
        var domains = facts.SelectMany(f => new[] { f.EmailDomain, f.Domain }).OfType<string>().Where(d => d.Length > 0).Distinct().ToList();
        var accounts = accountIds.Count + domains.Count == 0
            ? []
            : await db.Accounts.AsNoTracking()
                .Where(a => EF.Parameter(accountIds).Contains(a.Id) || (a.Domain != null && EF.Parameter(domains).Contains(a.Domain)))
                .Select(a => new { a.Id, a.Name, a.Domain, a.Industry, a.Employees, a.AnnualRevenue, a.Country, a.IsCustomer, a.Nps, a.LifetimeValue, a.PyramidTier })
                .ToListAsync(ct);
        if (accounts.Count == 0)
            return new LeadBatch(facts, [], await ContactsAsync(db, facts, [], ct));

        var matched = accounts.Select(a => a.Id).ToList();
        var revenue = (await db.RevenueLines.AsNoTracking()
                .Where(r => EF.Parameter(matched).Contains(r.AccountId))
                .Select(r => new { r.AccountId, r.PeriodStart, r.Revenue })
                .ToListAsync(ct))
            .ToLookup(r => r.AccountId);
        var openOpportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.AccountId != null && EF.Parameter(matched).Contains(o.AccountId.Value) && o.Stage != FunnelStage.Won && o.Stage != FunnelStage.Lost)
            .GroupBy(o => o.AccountId!.Value)
            .Select(g => new { AccountId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AccountId, g => g.Count, ct);

        var yearAgo = now.AddMonths(-12);
        var accountFacts = accounts.Select(a =>
        {
            var lines = revenue[a.Id].ToList();
            var bought = lines.Where(l => l.Revenue > 0).ToList();
            return new AccountFact
            {
                Id = a.Id,
                Name = a.Name,
                Domain = a.Domain?.ToLowerInvariant(),
                Industry = a.Industry,
                Employees = a.Employees,
                AnnualRevenue = a.AnnualRevenue,
                Country = a.Country,
                IsCustomer = a.IsCustomer,
                Revenue12Months = lines.Where(l => l.PeriodStart > yearAgo && l.PeriodStart <= now).Sum(l => l.Revenue),
                RevenueTotal = lines.Sum(l => l.Revenue),
                OrderCount = bought.Count,
                MonthsSinceFirstPurchase = bought.Count > 0 ? CustomerBase.MonthsBetween(bought.Min(l => l.PeriodStart), now) : null,
                MonthsSinceLastPurchase = bought.Count > 0 ? CustomerBase.MonthsBetween(bought.Max(l => l.PeriodStart), now) : null,
                Nps = a.Nps,
                LifetimeValue = a.LifetimeValue,
                PyramidTier = a.PyramidTier is { } tier ? (ScoringTier)(int)tier : null,
                OpenOpportunities = openOpportunities.GetValueOrDefault(a.Id),
            };
        }).ToList();
        return new LeadBatch(facts, accountFacts, await ContactsAsync(db, facts, matched, ct));
    }

    private static async Task<IReadOnlyList<ContactFact>> ContactsAsync(SalesDbContext db, IReadOnlyList<LeadFact> leads, List<int> accountIds, CancellationToken ct)
    {
        var contactIds = leads.Where(l => l.ContactId is not null).Select(l => l.ContactId!.Value).Distinct().ToList();
        var emails = leads.Select(l => l.Email).OfType<string>().Distinct().ToList();
        if (contactIds.Count + accountIds.Count == 0 && emails.Count == 0)
            return [];
        var contacts = await db.Contacts.AsNoTracking()
            // One JSON parameter per list: a thousand e-mails as a thousand SQL parameters (EF Core 10's default) cost more than the query.
            .Where(c => EF.Parameter(contactIds).Contains(c.Id) || EF.Parameter(accountIds).Contains(c.AccountId) || (c.Email != null && EF.Parameter(emails).Contains(c.Email)))
            .Select(c => new { c.Id, c.AccountId, c.Email, c.JobTitle, c.Role })
            .ToListAsync(ct);
        return [.. contacts.Select(c => new ContactFact
        {
            Id = c.Id,
            AccountId = c.AccountId,
            Email = c.Email?.ToLowerInvariant(),
            JobTitle = c.JobTitle,
            Role = Enum.Parse<ScoringBuyingRole>(c.Role.ToString()),
        })];
    }
}
