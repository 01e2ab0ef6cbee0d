using SalesGraph.Api.Telemetry;
using GraphQL;
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

/// <summary>Evaluates the leads with a known outcome under the draft and under the running version, and measures both against the
/// outcome. Lead scoring: the draft scores. Lead routing: the published scores, routed by the draft. Tenders and accounts store no
/// outcome, so those kinds answer with an error that says why.</summary>
public sealed class RuleSetBacktester(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, RuleSetSimulator simulator, TimeProvider time)
{
    public async Task<BacktestResult> BacktestAsync(RuleSetKind kind, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("rules.backtest");
        span?.SetTag("salesgraph.rule_set", kind.ToString());
        if (Unavailable(kind) is { } reason)
            return new BacktestResult(kind, null, null, null, [new RuleValidationError($"{kind.ToString().ToConstantCase()} cannot be backtested: {reason}", null, "ruleSet")]);
        var scoring = engine.Current(ScoringKind.LeadScoring);
        var routing = engine.Current(ScoringKind.LeadRouting);
        var published = kind == RuleSetKind.LeadScoring ? scoring : routing;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (draft, errors) = await DraftCompiler.CompileAsync(db, kind, ct);
        if (draft is null)
            return new BacktestResult(kind, null, null, null, errors);

        var now = time.GetUtcNow().UtcDateTime;
        var before = new List<BacktestLead>();
        var after = new List<BacktestLead>();
        await foreach (var batch in simulator.BatchesAsync(db.Leads.AsNoTracking().Where(l => l.Converted != null), ct))
        {
            var facts = await LeadBatchLoader.LoadAsync(db, batch, now, engine.Options.EngagementHalfLifeDays, ct);
            Collect(before, engine.EvaluateLeads(facts, now, scoring, routing).Results, batch);
            Collect(after, (kind == RuleSetKind.LeadScoring ? engine.EvaluateLeads(facts, now, draft, routing) : engine.EvaluateLeads(facts, now, scoring, draft)).Results, batch);
        }
        var note = kind == RuleSetKind.LeadRouting
            ? $"Routing rules do not change scores: AUC, grades, deciles and lift come from {RuleSetKind.LeadScoring.ToString().ToConstantCase()} version {scoring.Version} and are the same for draft and published; compare conversionByRoute and conversionByStage."
            : null;
        return new BacktestResult(kind, BacktestFigures.From(0, after), BacktestFigures.From(published.Version, before), note, []);
    }

    /// <summary>Why a kind has no backtest: nothing stored tells whether its decisions were right.</summary>
    public static string? Unavailable(RuleSetKind kind) => kind switch
    {
        RuleSetKind.TenderEvaluation => "tenders store no outcome (whether we bid and won is not recorded; imported OCDS notices name the winning suppliers, not our bids). Compare decisions with simulateRuleSet",
        RuleSetKind.CustomerStrategy => "strategy tags have no recorded outcome to measure them against. Compare tags with simulateRuleSet",
        _ => null,
    };

    private static void Collect(List<BacktestLead> into, IReadOnlyList<LeadEvaluation> results, List<Data.Leads.Lead> batch)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var outcome = RuleSetSimulator.Outcome(results[i]);
            into.Add(new BacktestLead(results[i].Total, outcome.Grade!, outcome.Stage!, outcome.Route ?? Distribution.None, batch[i].Converted!.Value));
        }
    }
}
