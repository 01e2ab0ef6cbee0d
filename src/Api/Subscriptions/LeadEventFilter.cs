using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Subscriptions;

/// <summary>
/// Which lead events one subscriber gets: the team and rep arguments are compared on the event itself; a <c>where</c> and the
/// principal's scope (<see cref="ILeadEventScope"/>) are predicates over the stored lead, so they are run in SQL, once per batch
/// of events, against the leads' current rows (the same filter language as the <c>leads</c> connection, navigations included).
/// </summary>
public sealed class LeadEventFilter(
    IDbContextFactory<SalesDbContext> dbFactory, int? team, int? rep, Expression<Func<Lead, bool>>? where, Expression<Func<Lead, bool>>? scope)
{
    public async ValueTask<IReadOnlyList<LeadEvent>> SelectAsync(IReadOnlyList<LeadEvent> events, CancellationToken ct)
    {
        var matching = team is null && rep is null
            ? events
            : [.. events.Where(e => (team is null || e.TeamId == team) && (rep is null || e.RepId == rep))];
        if ((where is null && scope is null) || matching.Count == 0)
            return matching;

        var ids = matching.Select(e => e.LeadId).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var leads = db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id));
        if (where is not null)
            leads = leads.Where(where);
        if (scope is not null)
            leads = leads.Where(scope);
        var passed = (await leads.Select(l => l.Id).ToListAsync(ct)).ToHashSet();
        return [.. matching.Where(e => passed.Contains(e.LeadId))];
    }
}
