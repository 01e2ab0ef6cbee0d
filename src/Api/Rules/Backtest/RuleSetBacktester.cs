using System.Linq.Expressions;
using SalesGraph.Api.Telemetry;
using GraphQL;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Rules.Simulation;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Leads;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Evaluates the leads with a known outcome under the draft and under the running version, and measures both against the
/// outcome, over all the selected leads and, with a split, over its train and test sides. Lead scoring: the draft scores. Lead
/// routing: the published scores, routed by the draft. Tenders and accounts store no outcome, so those kinds answer with an error.</summary>
public sealed class RuleSetBacktester(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, OutcomeLeadReader reader, TimeProvider time)
{
    public const string WhereArgument = "where";

    public Task<BacktestResult> BacktestAsync(RuleSetKind kind, CancellationToken ct) => BacktestAsync(kind, null, null, ct);

    public async Task<BacktestResult> BacktestAsync(RuleSetKind kind, Expression<Func<Lead, bool>>? where, LeadSplit? split, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("rules.backtest");
        span?.SetTag("salesgraph.rule_set", kind.ToString());
        if (Unavailable(kind) is { } reason)
            return new BacktestResult(kind, null, null, null, [new RuleValidationError($"{kind.ToString().ToConstantCase()} cannot be backtested: {reason}", null, "ruleSet")]);
        var scoring = engine.Current(ScoringKind.LeadScoring);
        var routing = engine.Current(ScoringKind.LeadRouting);
        var published = kind == RuleSetKind.LeadScoring ? scoring : routing;
        CompiledRuleSet? draft;
        IReadOnlyList<RuleValidationError> errors;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            (draft, errors) = await DraftCompiler.CompileAsync(db, kind, ct);
        if (draft is null)
            return new BacktestResult(kind, null, null, null, errors);

        var now = time.GetUtcNow().UtcDateTime;
        var before = new List<BacktestLead>();
        var after = new List<BacktestLead>();
        await foreach (var (rows, facts) in reader.ReadAsync(where, now, ct))
        {
            var beforeTask = Task.Run(() => engine.EvaluateLeads(facts, now, scoring, routing).Results, ct);
            var draftResults = (kind == RuleSetKind.LeadScoring ? engine.EvaluateLeads(facts, now, draft, routing) : engine.EvaluateLeads(facts, now, scoring, draft)).Results;
            Collect(before, await beforeTask, rows, split);
            Collect(after, draftResults, rows, split);
        }
        if (where is not null && before.Count == 0)
            return new BacktestResult(kind, null, null, null, [new RuleValidationError("where selects no lead with a known outcome (Converted set)", null, WhereArgument)]);
        if (split is not null && SplitError(split, after.Select(l => (l.Test, l.Converted))) is { } splitError)
            return new BacktestResult(kind, null, null, null, [splitError]);
        var note = kind == RuleSetKind.LeadRouting
            ? $"Routing rules do not change scores: AUC, grades, deciles and lift come from {RuleSetKind.LeadScoring.ToString().ToConstantCase()} version {scoring.Version} and are the same for draft and published; compare conversionByRoute and conversionByStage."
            : null;
        // The two versions' figures (sorts and groupings over every lead) on two threads.
        var draftFigures = Task.Run(() => split is null ? BacktestFigures.From(0, after) : BacktestFigures.FromSplit(0, after), ct);
        var publishedFigures = split is null ? BacktestFigures.From(published.Version, before) : BacktestFigures.FromSplit(published.Version, before);
        return new BacktestResult(kind, await draftFigures, publishedFigures, note, []) { Split = split?.Describe() };
    }

    /// <summary>A side without both outcomes measures nothing (no AUC, no fit): an error that names the split and the side.</summary>
    public static RuleValidationError? SplitError(LeadSplit split, IEnumerable<(bool Test, bool Converted)> leads)
    {
        int trainLeads = 0, trainConverted = 0, testLeads = 0, testConverted = 0;
        foreach (var (test, converted) in leads)
        {
            if (test)
            {
                testLeads++;
                testConverted += converted ? 1 : 0;
            }
            else
            {
                trainLeads++;
                trainConverted += converted ? 1 : 0;
            }
        }
        foreach (var (side, count, converted) in new[] { ("train", trainLeads, trainConverted), ("test", testLeads, testConverted) })
        {
            if (converted == 0 || converted == count)
                return new RuleValidationError($"the {side} side of the split ({split.Describe()}) has {count} leads and {converted} conversions: it needs both converted and unconverted leads; change the split or widen where", null, LeadSplit.Argument);
        }
        return null;
    }

    /// <summary>Why a kind has no backtest: nothing stored tells whether its decisions were right.</summary>
    public static string? Unavailable(RuleSetKind kind) => kind switch
    {
        RuleSetKind.TenderEvaluation => "tenders store no outcome (whether we bid and won is not recorded; imported OCDS notices name the winning suppliers, not our bids). Compare decisions with simulateRuleSet",
        RuleSetKind.CustomerStrategy => "strategy tags have no recorded outcome to measure them against. Compare tags with simulateRuleSet",
        _ => null,
    };

    private static void Collect(List<BacktestLead> into, IReadOnlyList<LeadEvaluation> results, List<Lead> batch, LeadSplit? split)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var outcome = RuleSetSimulator.Outcome(results[i]);
            into.Add(new BacktestLead(results[i].Total, outcome.Grade!, outcome.Stage!, outcome.Route ?? Distribution.None, batch[i].Converted!.Value, split?.IsTest(batch[i]) ?? false));
        }
    }
}
