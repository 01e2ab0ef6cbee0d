using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>Reads the newest stored evaluation of many subjects, with hits, in one statement.</summary>
public static class StoredEvaluations
{
    public static async Task<Dictionary<int, StoredEvaluation>> NewestAsync(SalesDbContext db, ScoreSubject subject, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var keys = ids.ToList();
        var rows = await db.ScoreResults.AsNoTracking()
            .Where(s => s.Subject == subject && keys.Contains(s.SubjectId)
                && s.Id == db.ScoreResults.Where(o => o.Subject == subject && o.SubjectId == s.SubjectId).Max(o => o.Id))
            .Select(s => new StoredEvaluation(s.SubjectId, s.RuleSet, s.RuleSetVersion, s.Total, s.Outcome, s.EvaluatedAt,
                s.Hits.OrderBy(h => h.Id).Select(h => new StoredHitRow(h.RuleId, h.RuleName, h.Points, h.Effect,
                    db.ScoringRules.Where(r => r.Id == h.RuleId).Select(r => (RuleSetKind?)r.RuleSet).FirstOrDefault())).ToList()))
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.SubjectId);
    }
}
