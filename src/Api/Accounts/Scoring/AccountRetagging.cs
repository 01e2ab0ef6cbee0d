using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using ScoringRuleSetKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Accounts.Scoring;

/// <summary>Runs the current customer-strategy rules over stored accounts. The pyramid tier ranks revenue over the whole base,
/// so the facts are built from every account first; only the filtered accounts are then evaluated and written.</summary>
public sealed class AccountRetagging(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, TimeProvider time)
{
    public async Task<EvaluationRun> RetagAsync(Expression<Func<Account, bool>>? where, CancellationToken ct)
    {
        var version = engine.Current(ScoringRuleSetKind.CustomerStrategy).Version;
        var now = time.GetUtcNow().UtcDateTime;
        List<int> ids;
        Dictionary<int, CustomerFact> facts;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var accounts = db.Accounts.AsNoTracking();
            ids = await (where is null ? accounts : accounts.Where(where)).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
            facts = ids.Count == 0 ? [] : (await CustomerBaseLoader.LoadAsync(db, now, engine.Options, ct)).ToDictionary(f => f.Id);
        }

        return await BatchCommitter.RunAsync(dbFactory, ids, engine.Options.BatchSize, version, (db, batch) => EvaluateAsync(db, batch, facts, now, ct), ct);
    }

    private async Task<BatchTally> EvaluateAsync(SalesDbContext db, int[] ids, Dictionary<int, CustomerFact> facts, DateTime now, CancellationToken ct)
    {
        var accounts = await db.Accounts.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(ct);
        var evaluations = engine.EvaluateCustomers([.. accounts.Select(a => facts[a.Id])]).Results;
        var changed = 0;
        var results = new List<ScoreResult>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var account = accounts[i];
            var evaluation = evaluations[i];
            var tier = (CustomerPyramidTier)(int)evaluation.PyramidTier;
            var stage = (RelationshipStage)(int)evaluation.RelationshipStage;
            var strategies = evaluation.Strategies.Aggregate(CustomerStrategy.None, (all, tag) => all | (CustomerStrategy)(1 << (int)tag));
            if (account.PyramidTier != tier || account.RelationshipStage != stage || account.Strategies != strategies
                || account.Nps != evaluation.Nps || account.LifetimeValue != evaluation.LifetimeValue)
                changed++;
            account.PyramidTier = tier;
            account.RelationshipStage = stage;
            account.Strategies = strategies;
            account.Nps = evaluation.Nps;
            account.LifetimeValue = evaluation.LifetimeValue;
            account.TaggedAt = now;
            account.TagRuleVersion = evaluation.Version;
            results.Add(new ScoreResult
            {
                Subject = ScoreSubject.Account,
                SubjectId = account.Id,
                RuleSet = RuleSetKind.CustomerStrategy,
                RuleSetVersion = evaluation.Version,
                Outcome = JsonSerializer.Serialize(new { tier = tier.ToString(), stage = stage.ToString(), strategies = strategies.ToString(), nps = evaluation.Nps, lifetimeValue = evaluation.LifetimeValue }),
                EvaluatedAt = now,
                Hits = ScoreResultRows.Hits(evaluation.Hits),
            });
        }
        // The accounts through EF (a few thousand rows), the results with one prepared statement, unchanged ones skipped.
        await ScoreResultWriter.InsertChangedAsync(db, results, ct);
        return new BatchTally(accounts.Count, changed);
    }
}
