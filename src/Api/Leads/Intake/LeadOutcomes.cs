using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Reads a lead's outcome from its row and its newest score results: the ones just added where it was evaluated, else the stored ones.</summary>
public static class LeadOutcomes
{
    public static async Task<Dictionary<int, LeadOutcome>> ForAsync(SalesDbContext db, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
    {
        var fresh = db.ChangeTracker.Entries<ScoreResult>().Select(e => e.Entity).Where(r => r.Subject == ScoreSubject.Lead).ToList();
        var freshIds = fresh.Select(r => r.SubjectId).ToHashSet();
        var staleIds = leads.Select(l => l.Id).Where(id => !freshIds.Contains(id)).ToList();
        var stored = staleIds.Count == 0 ? [] : await db.ScoreResults.AsNoTracking()
            .Where(r => r.Subject == ScoreSubject.Lead && staleIds.Contains(r.SubjectId)
                && r.Id == db.ScoreResults.Where(o => o.Subject == ScoreSubject.Lead && o.SubjectId == r.SubjectId && o.RuleSet == r.RuleSet).Max(o => o.Id))
            .Include(r => r.Hits)
            .ToListAsync(cancellationToken);
        var results = fresh.Concat(stored).ToLookup(r => r.SubjectId);

        var teamIds = leads.Select(l => l.RouteTeamId).OfType<int>().Distinct().ToList();
        var teams = teamIds.Count == 0 ? [] : await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return leads.ToDictionary(l => l.Id, l => new LeadOutcome(
            l.Score, l.FitScore, l.EngagementScore, l.Grade, l.Stage,
            l.RouteTeamId is { } team ? teams.GetValueOrDefault(team) : null,
            l.FollowUpDueAt, l.NurtureTrack, l.ScoreRuleVersion,
            [.. results[l.Id].OrderBy(r => r.RuleSet).SelectMany(r => r.Hits.OrderBy(h => h.Id))]));
    }
}
