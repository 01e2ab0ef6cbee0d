using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Runs the current lead rules over stored leads, in batches of <see cref="SalesGraph.Scoring.ScoringOptions.BatchSize"/>, each routed
/// and written in one transaction (retried on a concurrent write) while the next batch is read and evaluated.</summary>
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
        var batches = ids.Chunk(Math.Max(1, engine.Options.BatchSize)).ToList();
        var next = batches.Count > 0 ? RunRulesAsync(batches[0], ct) : null;
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            RuledLeads? ruled = await next!;
            // The next batch is read and run through the rules (the other core) while this one is routed and written.
            var following = i + 1 < batches.Count ? batches[i + 1] : null;
            next = following is null ? null : Task.Run(() => RunRulesAsync(following, ct), ct);
            var outcomes = await BatchCommitter.CommitAsync(dbFactory, async db =>
            {
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                // A retry follows a conflict: the leads changed since they were read, so it reads them again.
                var rules = ruled ?? await evaluator.RunRulesAsync(db, await ReadAsync(db, batch, ct), ct);
                ruled = null;
                var scored = await LeadEvaluator.RouteAsync(db, rules, ct);
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

    /// <summary>Reads a batch untracked (it is written with prepared statements) and runs the rules, outside any transaction.</summary>
    private async Task<RuledLeads> RunRulesAsync(int[] batch, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await evaluator.RunRulesAsync(db, await ReadAsync(db, batch, ct), ct);
    }

    /// <summary>A dense batch (ids without gaps, as in a rescore of everything) is read by its id range off the primary key,
    /// far cheaper than an <c>IN</c> list of a thousand parameters; a batch with gaps (a filtered rescore) by its ids.</summary>
    private static async Task<List<Lead>> ReadAsync(SalesDbContext db, int[] batch, CancellationToken ct)
    {
        int first = batch[0], last = batch[^1];
        var leads = last - first + 1 == batch.Length
            ? db.Leads.Where(l => l.Id >= first && l.Id <= last)
            : db.Leads.Where(l => batch.Contains(l.Id));
        return await leads.OrderBy(l => l.Id).ToListAsync(ct);
    }
}
