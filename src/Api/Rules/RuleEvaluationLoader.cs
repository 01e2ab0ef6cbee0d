using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>Loads the newest evaluation of every tender or account on a page in one statement.</summary>
public static class RuleEvaluationLoader
{
    public static IDataLoaderResult<RuleEvaluationView?> Load(IResolveFieldContext context, ScoreSubject subject, int id)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        return BatchLoader<RuleEvaluationView>.For(context, "evaluation:" + subject, async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var results = await StoredEvaluations.NewestAsync(db, subject, ids, ct);
            return results.ToDictionary(r => r.Key, r => new RuleEvaluationView(r.Value.Version, r.Value.Total, r.Value.EvaluatedAt,
                [.. r.Value.Hits.Select(h => new StoredHit(h.RuleId, h.RuleName, h.RuleSet ?? r.Value.RuleSet, r.Value.Version, h.Points, h.Effect, h.Applied, h.Reason))]));
        }).Load(id);
    }
}
