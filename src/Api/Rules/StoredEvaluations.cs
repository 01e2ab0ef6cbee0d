using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>Reads the newest stored evaluation of many subjects, with its hits (a JSON column), in one statement.</summary>
public static class StoredEvaluations
{
    public static async Task<Dictionary<int, StoredEvaluation>> NewestAsync(SalesDbContext db, ScoreSubject subject, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var keys = ids.ToList();
        var rows = await db.ScoreResults.AsNoTracking()
            .Where(s => s.Subject == subject && keys.Contains(s.SubjectId)
                && s.Id == db.ScoreResults.Where(o => o.Subject == subject && o.SubjectId == s.SubjectId).Max(o => o.Id))
            .Select(s => new { s.SubjectId, s.RuleSet, s.RuleSetVersion, s.Total, s.Outcome, s.EvaluatedAt, s.Hits })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.SubjectId, r => new StoredEvaluation(r.SubjectId, r.RuleSet, r.RuleSetVersion, r.Total, r.Outcome, r.EvaluatedAt,
            [.. r.Hits.Select(h => new StoredHitRow(h.RuleId, h.RuleName, h.Points, h.Effect, h.RuleSet, h.Applied, h.Reason))]));
    }
}
