using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Runs the current lead rules over stored leads, in batches of <see cref="SalesGraph.Scoring.ScoringOptions.BatchSize"/>, each committed in one transaction.</summary>
public sealed class LeadRescoring(IDbContextFactory<SalesDbContext> dbFactory, LeadEvaluator evaluator, RuleEngine engine)
{
    public async Task<EvaluationRun> RescoreAsync(Expression<Func<Lead, bool>>? where, CancellationToken ct)
    {
        var version = engine.Current(RuleSetKind.LeadScoring).Version;
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var leads = db.Leads.AsNoTracking();
            ids = await (where is null ? leads : leads.Where(where)).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        }

        int evaluated = 0, changed = 0, skipped = 0;
        foreach (var batch in ids.Chunk(Math.Max(1, engine.Options.BatchSize)))
        {
            var outcomes = await BatchCommitter.CommitAsync(dbFactory, async db =>
            {
                // Nothing tracked: the batch is read as it is and written with prepared statements.
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                var leads = await db.Leads.Where(l => batch.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync(ct);
                var scored = await evaluator.ScoreAsync(db, leads, ct);
                await LeadScoreWriter.WriteAsync(db, scored, ct);
                return scored.Outcomes;
            }, ct);
            if (outcomes is null)
            {
                skipped += batch.Length;
                continue;
            }
            evaluated += outcomes.Count;
            changed += outcomes.Count(o => o.Changed);
        }
        return new EvaluationRun(evaluated, changed, version, skipped);
    }
}
