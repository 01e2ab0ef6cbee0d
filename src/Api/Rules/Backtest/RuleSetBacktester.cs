using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Rules.Simulation;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Leads;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Scores the leads with a known outcome under the draft and under the running version, and measures both against the outcome.</summary>
public sealed class RuleSetBacktester(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, RuleSetSimulator simulator, TimeProvider time)
{
    public async Task<BacktestResult> BacktestAsync(RuleSetKind kind, CancellationToken ct)
    {
        if (kind != RuleSetKind.LeadScoring)
            return new BacktestResult(null, null, [new RuleValidationError($"a backtest measures scores against lead outcomes; it needs {RuleSetKind.LeadScoring}, not {kind}", null, "ruleSet")]);
        var published = engine.Current(ScoringKind.LeadScoring);
        var routing = engine.Current(ScoringKind.LeadRouting);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (draft, errors) = await DraftCompiler.CompileAsync(db, kind, ct);
        if (draft is null)
            return new BacktestResult(null, null, errors);

        var now = time.GetUtcNow().UtcDateTime;
        var before = new List<(int, string, bool)>();
        var after = new List<(int, string, bool)>();
        await foreach (var batch in simulator.BatchesAsync(db.Leads.AsNoTracking().Where(l => l.Converted != null), ct))
        {
            var facts = await LeadBatchLoader.LoadAsync(db, batch, now, engine.Options.EngagementHalfLifeDays, ct);
            Collect(before, engine.EvaluateLeads(facts, now, published, routing).Results, batch);
            Collect(after, engine.EvaluateLeads(facts, now, draft, routing).Results, batch);
        }
        return new BacktestResult(BacktestFigures.From(0, after), BacktestFigures.From(published.Version, before), []);
    }

    private static void Collect(List<(int, string, bool)> into, IReadOnlyList<LeadEvaluation> results, List<Data.Leads.Lead> batch)
    {
        for (var i = 0; i < results.Count; i++)
            into.Add((results[i].Total, results[i].Grade.ToString(), batch[i].Converted!.Value));
    }
}
