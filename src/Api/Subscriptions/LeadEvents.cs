using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Data;

namespace SalesGraph.Api.Subscriptions;

/// <summary>The outbox rows of a scored batch of leads: <c>LeadScored</c> for each lead whose result is new or changed,
/// <c>LeadRouted</c> for each lead that got a new team or rep.</summary>
public static class LeadEvents
{
    /// <summary>Inside the caller's open transaction (the untracked bulk path).</summary>
    public static async Task InsertAsync(SalesDbContext db, IReadOnlyList<LeadOutcome> outcomes, IReadOnlySet<int>? newLeads, DateTime now, CancellationToken ct)
    {
        await EventOutbox.InsertAsync(db, EventTopics.LeadScored, Scored(outcomes, newLeads), now, ct);
        await EventOutbox.InsertAsync(db, EventTopics.LeadRouted, Routed(outcomes), now, ct);
    }

    /// <summary>Saved by the caller's SaveChanges (the tracked path).</summary>
    public static void Add(SalesDbContext db, IReadOnlyList<LeadOutcome> outcomes, DateTime now)
    {
        EventOutbox.Add(db, EventTopics.LeadScored, Scored(outcomes, null), now);
        EventOutbox.Add(db, EventTopics.LeadRouted, Routed(outcomes), now);
    }

    private static List<LeadEvent> Scored(IReadOnlyList<LeadOutcome> outcomes, IReadOnlySet<int>? newLeads) =>
        [.. outcomes.Where(o => o.Changed || newLeads?.Contains(o.Lead.Id) == true).Select(o => LeadEvent.Of(o.Lead))];

    private static List<LeadEvent> Routed(IReadOnlyList<LeadOutcome> outcomes) =>
        [.. outcomes.Where(o => o.Routed).Select(o => LeadEvent.Of(o.Lead))];
}
