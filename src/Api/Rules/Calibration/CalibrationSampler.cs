using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using DataRuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>Reads the leads a calibration learns from: the lead-scoring draft evaluated over the selected leads with a known
/// outcome, split into train and test. Refuses (an error naming the argument) a draft that does not compile, a draft without
/// enabled AddPoints rules, a where that selects nothing, and a split with a side that lacks either outcome.</summary>
public sealed class CalibrationSampler(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, OutcomeLeadReader reader, TimeProvider time)
{
    public const string KindArgument = "kind";

    /// <summary>Scores only: a routing set without rules (stage from the thresholds).</summary>
    public static readonly CompiledRuleSet NoRouting = RuleSetCompiler.Compile(RuleSetKind.LeadRouting, 0, []).RuleSet!;

    public async Task<(CalibrationSample? Sample, IReadOnlyList<RuleValidationError> Errors)> SampleAsync(Expression<Func<Lead, bool>>? where, LeadSplit split, CancellationToken ct)
    {
        List<Data.Rules.ScoringRule> rows;
        CompiledRuleSet? draft;
        IReadOnlyList<RuleValidationError> errors;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            rows = await db.ScoringRules.AsNoTracking().Where(r => r.RuleSet == DataRuleSetKind.LeadScoring).OrderBy(r => r.Id).ToListAsync(ct);
            (draft, errors) = await DraftCompiler.CompileAsync(db, DataRuleSetKind.LeadScoring, ct);
        }
        if (draft is null)
            return (null, errors);
        var specs = rows.Select(r => RuleRows.ToSpec(r).Spec!).ToList();
        var rules = rows.Zip(specs).Where(x => x.Second.Enabled && x.Second.Then is AddPoints)
            .Select(x => new CalibrationRule(x.First, x.Second, (AddPoints)x.Second.Then)).ToList();
        if (rules.Count == 0)
            return (null, [new RuleValidationError("the LEAD_SCORING draft has no enabled addPoints rule: there are no points to fit", null, KindArgument)]);
        var column = rules.Select((r, i) => (r.Spec.Id, i)).ToDictionary(x => x.Id, x => x.i);

        var now = time.GetUtcNow().UtcDateTime;
        var hits = new HitMatrix.Builder(rules.Count);
        var converted = new List<bool>();
        var test = new List<bool>();
        var scores = new List<int>();
        var grades = new List<string>();
        var batches = new List<(LeadBatch, int)>();
        var columns = new List<int>();
        await foreach (var (leads, facts) in reader.ReadAsync(where, now, ct))
        {
            batches.Add((facts, converted.Count));
            var results = engine.EvaluateLeads(facts, now, draft, NoRouting).Results;
            for (var i = 0; i < results.Count; i++)
            {
                columns.Clear();
                foreach (var hit in results[i].Hits)
                {
                    if (hit.Dimension is not null && column.TryGetValue(hit.RuleId, out var c))
                        columns.Add(c);
                }
                hits.AddRow(columns);
                converted.Add(leads[i].Converted!.Value);
                test.Add(split.IsTest(leads[i]));
                scores.Add(results[i].Total);
                grades.Add(results[i].Grade.ToString());
            }
        }
        if (converted.Count == 0)
            return (null, [new RuleValidationError(where is null ? "no stored lead has a known outcome (Converted set)" : "where selects no lead with a known outcome (Converted set)", null, RuleSetBacktester.WhereArgument)]);
        if (RuleSetBacktester.SplitError(split, test.Zip(converted)) is { } splitError)
            return (null, [splitError]);
        return (new CalibrationSample
        {
            DraftSpecs = specs,
            Rules = rules,
            Hits = hits.Build(),
            Converted = [.. converted],
            Test = [.. test],
            Scores = [.. scores],
            Grades = [.. grades],
            Batches = batches,
        }, []);
    }

    /// <summary>The test side's scores and grades under <paramref name="specs"/> (the draft with other points), as backtest leads.</summary>
    public List<BacktestLead> ScoreTestSide(CalibrationSample sample, IReadOnlyList<RuleSpec> specs)
    {
        var compiled = RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 0, specs).RuleSet
            ?? throw new InvalidOperationException("the draft compiled, so the same rules with other points compile");
        var now = time.GetUtcNow().UtcDateTime;
        var leads = new List<BacktestLead>();
        foreach (var (facts, first) in sample.Batches)
        {
            var rows = Enumerable.Range(first, facts.Leads.Count).Where(r => sample.Test[r]).ToList();
            if (rows.Count == 0)
                continue;
            var results = engine.EvaluateLeads(facts with { Leads = [.. rows.Select(r => facts.Leads[r - first])] }, now, compiled, NoRouting).Results;
            for (var i = 0; i < results.Count; i++)
                leads.Add(new BacktestLead(results[i].Total, results[i].Grade.ToString(), results[i].Stage.ToString(), Simulation.Distribution.None, sample.Converted[rows[i]], true));
        }
        return leads;
    }
}
