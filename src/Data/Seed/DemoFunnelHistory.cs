using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Data.Seed;

/// <summary>
/// The funnel's history for whatever opportunities and leads the demo seed created: each opportunity's stage stays (from its
/// created, engaged and closed dates), the leads' first follow-ups, and the leads that turned into an opportunity. It reads
/// the rows back from the database, so it does not depend on how the rest of the seed builds them. Deterministic.
/// </summary>
internal static class DemoFunnelHistory
{
    private static readonly FunnelStage[] OpenPath = [FunnelStage.Prospecting, FunnelStage.Engaging, FunnelStage.Proposal, FunnelStage.Negotiation];

    public static async Task LoadAsync(SalesDbContext db, CancellationToken cancellationToken)
    {
        // The context's save hook gave every seeded opportunity one stay in its current stage; replace them with the full path.
        await db.OpportunityStageHistory.ExecuteDeleteAsync(cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking()
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.AccountId, o.Stage, o.CreatedAt, o.EngagedAt, o.ClosedAt, o.UpdatedAt })
            .ToListAsync(cancellationToken);
        foreach (var o in opportunities)
        {
            db.OpportunityStageHistory.AddRange(Stays(o.Id, o.Stage, o.CreatedAt, o.EngagedAt, o.ClosedAt, o.UpdatedAt));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        // The history was written without its opportunities: their funnel facts from it, in one statement.
        await db.Database.ExecuteSqlRawAsync(Sql.SqlDialect.For(db.Database).FillOpportunityStageFacts.Text, cancellationToken);
        await LinkLeadsAsync(db, opportunities.Where(o => o.AccountId is not null).Select(o => (o.Id, o.AccountId!.Value, o.CreatedAt)).ToList(), cancellationToken);
    }

    /// <summary>
    /// Prospecting from creation to engagement; a won deal then passes Engaging, Proposal and Negotiation between engagement and
    /// close (40 % / 35 % / 25 % of the time); a lost one drops out after Engaging, Proposal or Negotiation (by id).
    /// </summary>
    internal static IEnumerable<OpportunityStageChange> Stays(int id, FunnelStage stage, DateTime created, DateTime? engaged, DateTime? closed, DateTime updated)
    {
        var closedStage = stage is FunnelStage.Won or FunnelStage.Lost;
        var last = stage switch
        {
            FunnelStage.Won => FunnelStage.Negotiation,
            FunnelStage.Lost => OpenPath[1 + (id % 3)],
            _ => stage,
        };
        var start = engaged ?? created;
        if (stage == FunnelStage.Prospecting || engaged is not null)
        {
            yield return Stay(id, FunnelStage.Prospecting, created, stage == FunnelStage.Prospecting ? null : start);
        }

        // Boundaries between the stages after Prospecting: closed deals end at the close, open ones enter their stage at the last update.
        var later = OpenPath.Where(s => s > FunnelStage.Prospecting && s <= last).ToList();
        var end = closed ?? (updated > start ? updated : start);
        double[] weights = [0.4, 0.35, 0.25];
        var spans = closedStage ? later.Count : later.Count - 1;
        var total = weights.Take(spans).Sum();
        var enteredAt = start;
        for (var i = 0; i < later.Count; i++)
        {
            DateTime? leftAt = i == spans - 1 ? end : i < spans ? start + TimeSpan.FromTicks((long)((end - start).Ticks * weights.Take(i + 1).Sum() / total)) : null;
            yield return Stay(id, later[i], enteredAt, leftAt);
            enteredAt = leftAt ?? enteredAt;
        }

        if (closedStage)
        {
            yield return Stay(id, stage, end, null);
        }
    }

    private static OpportunityStageChange Stay(int id, FunnelStage stage, DateTime enteredAt, DateTime? leftAt) =>
        new() { OpportunityId = id, Stage = stage, EnteredAt = enteredAt, LeftAt = leftAt };

    /// <summary>
    /// Routed leads get a first follow-up (most within their SLA, some late, one in ten not yet); sales-qualified leads at an
    /// account become the account's next opportunity created after them that no other lead took.
    /// </summary>
    private static async Task LinkLeadsAsync(SalesDbContext db, List<(int Id, int AccountId, DateTime CreatedAt)> opportunities, CancellationToken cancellationToken)
    {
        var byAccount = opportunities.GroupBy(o => o.AccountId).ToDictionary(g => g.Key, g => g.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToList());
        var taken = new HashSet<int>();
        var leads = await db.Leads.Where(l => l.FollowUpDueAt != null || (l.Stage == LeadStage.Sql && l.AccountId != null)).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        foreach (var lead in leads)
        {
            if (lead.FollowUpDueAt is { } due && lead.Id % 10 != 0)
            {
                var sla = due - lead.CreatedAt;
                // Three in four within the SLA, the rest up to half the SLA late.
                var share = lead.Id % 4 == 0 ? 1.0 + (lead.Id % 7 / 14.0) : (lead.Id % 9 + 1) / 10.0;
                lead.FirstFollowUpAt = lead.CreatedAt + TimeSpan.FromTicks((long)(sla.Ticks * share));
            }

            if (lead.Stage == LeadStage.Sql && lead.AccountId is { } accountId && byAccount.TryGetValue(accountId, out var candidates)
                && candidates.FirstOrDefault(o => o.CreatedAt >= lead.CreatedAt && !taken.Contains(o.Id)) is { Id: > 0 } opportunity)
            {
                taken.Add(opportunity.Id);
                lead.OpportunityId = opportunity.Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
