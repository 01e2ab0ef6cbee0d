using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Loads the scores of every lead on a page in two statements: the lead columns (with team and rep names) and the newest results with hits.</summary>
public static class LeadScoreLoader
{
    public static IDataLoaderResult<StoredLeadScore?> Load(IResolveFieldContext context, int leadId)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        return BatchLoader<StoredLeadScore>.For(context, "leadScore", (ids, ct) => LoadAsync(factory, ids, ct)).Load(leadId);
    }

    private static async Task<IReadOnlyDictionary<int, StoredLeadScore>> LoadAsync(IDbContextFactory<SalesDbContext> factory, IReadOnlyList<int> ids, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var keys = ids.ToList();
        var leads = await db.Leads.AsNoTracking()
            .Where(l => keys.Contains(l.Id))
            .Select(l => new
            {
                l.Id,
                l.Score,
                l.FitScore,
                l.EngagementScore,
                l.Grade,
                l.Stage,
                l.ScoreRuleVersion,
                l.FollowUpDueAt,
                l.NurtureTrack,
                l.ScoredAt,
                Team = l.RouteTeam == null ? null : l.RouteTeam.Name,
                Rep = l.AssignedRep == null ? null : l.AssignedRep.FullName,
            })
            .ToListAsync(ct);
        var results = await StoredEvaluations.NewestAsync(db, ScoreSubject.Lead, keys, ct);
        return leads.ToDictionary(l => l.Id, l =>
        {
            var result = results.GetValueOrDefault(l.Id);
            var routing = LeadScoreOutcome.Read(result?.Outcome);
            var hits = result is null ? [] : result.Hits.Select((h, i) =>
            {
                var ruleSet = h.RuleSet ?? (routing is not null && i >= routing.ScoringHits ? RuleSetKind.LeadRouting : RuleSetKind.LeadScoring);
                var version = ruleSet == RuleSetKind.LeadRouting ? routing?.RoutingVersion ?? 0 : result.Version;
                return new StoredHit(h.RuleId, h.RuleName, ruleSet, version, h.Points, h.Effect, h.Applied, h.Reason);
            }).ToList();
            return new StoredLeadScore(l.Id, l.Score, l.FitScore, l.EngagementScore, l.Grade, l.Stage, l.ScoreRuleVersion, routing?.RoutingVersion,
                l.Team, l.Rep, l.FollowUpDueAt, l.NurtureTrack, l.ScoredAt, hits);
        });
    }
}
