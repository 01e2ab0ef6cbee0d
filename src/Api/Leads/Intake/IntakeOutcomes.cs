using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>A lead's outcome for the payload: from the evaluation of this call, or, for a lead that was not re-scored, from its newest stored score result.</summary>
public static class IntakeOutcomes
{
    public static async Task<Dictionary<int, IntakeOutcome>> ForAsync(
        SalesDbContext db, IReadOnlyList<Lead> leads, IReadOnlyList<LeadOutcome> evaluated, CancellationToken cancellationToken)
    {
        var fresh = evaluated.ToDictionary(o => o.Lead.Id, o => (o.Evaluation.Team, Hits: (IReadOnlyList<RuleHit>)o.Result.Hits));
        var staleIds = leads.Select(l => l.Id).Where(id => !fresh.ContainsKey(id)).ToList();
        var stored = staleIds.Count == 0 ? [] : await db.ScoreResults.AsNoTracking()
            .Where(r => r.Subject == ScoreSubject.Lead && staleIds.Contains(r.SubjectId)
                && r.Id == db.ScoreResults.Where(o => o.Subject == ScoreSubject.Lead && o.SubjectId == r.SubjectId).Max(o => o.Id))
            .ToListAsync(cancellationToken);
        foreach (var result in stored)
        {
            fresh[result.SubjectId] = (LeadScoreOutcome.Read(result.Outcome)?.Team, result.Hits);
        }

        return leads.ToDictionary(l => l.Id, l =>
        {
            var (route, hits) = fresh.GetValueOrDefault(l.Id, (null, []));
            return new IntakeOutcome(l.Score, l.FitScore, l.EngagementScore, l.Grade, l.Stage, route, l.FollowUpDueAt, l.NurtureTrack, l.ScoreRuleVersion, hits);
        });
    }
}
