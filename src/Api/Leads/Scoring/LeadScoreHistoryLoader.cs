using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Loads the stored score results of every lead on a page in one statement, newest first.</summary>
public static class LeadScoreHistoryLoader
{
    /// <summary>The most results one lead shows: a page of 50 leads stays bounded.</summary>
    public const int MaxEntries = 100;

    public static IDataLoaderResult<IReadOnlyList<LeadScoreEntry>?> Load(IResolveFieldContext context, int leadId)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        return BatchLoader<IReadOnlyList<LeadScoreEntry>>.For(context, "leadScoreHistory", (ids, ct) => LoadAsync(factory, ids, ct)).Load(leadId);
    }

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<LeadScoreEntry>>> LoadAsync(IDbContextFactory<SalesDbContext> factory, IReadOnlyList<int> ids, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var keys = ids.ToList();
        var rows = await db.ScoreResults.AsNoTracking()
            .Where(s => s.Subject == ScoreSubject.Lead && EF.Parameter(keys).Contains(s.SubjectId))
            .OrderByDescending(s => s.Id)
            .Select(s => new { s.Id, s.SubjectId, s.RuleSetVersion, s.Total, s.Fit, s.Engagement, s.Outcome, s.EvaluatedAt, s.Hits })
            .ToListAsync(ct);
        var history = rows.GroupBy(r => r.SubjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<LeadScoreEntry>)[.. g.Take(MaxEntries).Select(r =>
        {
            var routing = LeadScoreOutcome.Read(r.Outcome);
            var hits = r.Hits.Select((h, i) =>
            {
                var ruleSet = h.RuleSet ?? (routing is not null && i >= routing.ScoringHits ? RuleSetKind.LeadRouting : RuleSetKind.LeadScoring);
                var version = ruleSet == RuleSetKind.LeadRouting ? routing?.RoutingVersion ?? 0 : r.RuleSetVersion;
                return new StoredHit(h.RuleId, h.RuleName, ruleSet, version, h.Points, h.Effect, h.Applied, h.Reason);
            }).ToList();
            return new LeadScoreEntry(r.Id, r.RuleSetVersion, routing?.RoutingVersion, r.Total, r.Fit, r.Engagement, routing?.Grade, routing?.Stage,
                routing?.Team, r.EvaluatedAt, hits);
        })]);
        return keys.ToDictionary(id => id, id => history.GetValueOrDefault(id) ?? []);
    }
}
