using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>Inserts score results with one prepared statement, skipping a result that equals its subject's newest stored one
/// (same rule-set version, totals, outcome and hits): rescoring unchanged data adds no rows.</summary>
public static class ScoreResultWriter
{
    /// <param name="newSubjects">Subjects inserted in this transaction: no stored result to compare with, so not looked up.</param>
    /// <returns>How many results were new and inserted.</returns>
    public static async Task<int> InsertChangedAsync(SalesDbContext db, IReadOnlyList<ScoreResult> results, CancellationToken ct,
        IReadOnlySet<int>? newSubjects = null)
    {
        var inserted = 0;
        await using var insert = new PreparedStatement(db, d => d.InsertScoreResult);
        foreach (var group in results.GroupBy(r => r.Subject))
        {
            List<int> known = [.. group.Select(r => r.SubjectId).Where(id => newSubjects?.Contains(id) != true)];
            var newest = known.Count == 0 ? [] : await NewestAsync(db, group.Key, known, ct);
            foreach (var result in group)
            {
                if (newest.TryGetValue(result.SubjectId, out var stored) && Same(stored, result))
                    continue;
                await insert.ExecuteAsync(ct, result.Subject.ToString(), result.SubjectId, result.RuleSet.ToString(), result.RuleSetVersion,
                    result.Total, result.Fit, result.Engagement, result.Outcome, result.EvaluatedAt, RuleHitsJson.Write(result.Hits));
                inserted++;
            }
        }
        return inserted;
    }

    private static bool Same(ScoreResult stored, ScoreResult result) =>
        stored.RuleSet == result.RuleSet && stored.RuleSetVersion == result.RuleSetVersion && stored.Total == result.Total
        && stored.Fit == result.Fit && stored.Engagement == result.Engagement && stored.Outcome == result.Outcome
        && stored.Hits.SequenceEqual(result.Hits);

    private static async Task<Dictionary<int, ScoreResult>> NewestAsync(SalesDbContext db, ScoreSubject subject, List<int> ids, CancellationToken ct) =>
        await db.ScoreResults.AsNoTracking()
            .Where(s => s.Subject == subject && EF.Parameter(ids).Contains(s.SubjectId)
                && s.Id == db.ScoreResults.Where(o => o.Subject == subject && o.SubjectId == s.SubjectId).Max(o => o.Id))
            .ToDictionaryAsync(s => s.SubjectId, ct);
}
