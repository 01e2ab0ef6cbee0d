using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Benchmarks.Scoring;

/// <summary>Scoring 10,000 leads with the default lead-scoring rules: NRules (sessions of 1,000) vs hand-written C# vs Microsoft RulesEngine.</summary>
[MemoryDiagnoser]
public class LeadScoringThroughputBenchmarks
{
    private const int Leads = 10_000;
    private readonly ScoringOptions _options = new();
    private LeadBatch _batch = null!;
    private RuleEngine _singleFact = null!;
    private RuleEngine _full = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;
    private Dictionary<string, RuleMatch> _byName = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = BenchmarkLeads.Generate(Leads);
        _singleFact = Engine(BenchmarkLeads.SingleFactRules);
        _full = Engine(DefaultRules.For(RuleSetKind.LeadScoring));
        // The same compiled rules the NRules rows settle, so both sides turn matches into points, grade and explanations alike.
        _byName = _singleFact.Current(RuleSetKind.LeadScoring).Rules.ToDictionary(r => r.Spec.Name, r => new RuleMatch(r, 1));
        var workflow = new
        {
            WorkflowName = "LeadScoring",
            // In precedence order, like the compiled set, so the matches reach the same settlement in the same order.
            Rules = _singleFact.Current(RuleSetKind.LeadScoring).Rules.Select(r => new { RuleName = r.Spec.Name, Expression = BenchmarkLeads.RulesEngineExpression(r.Spec.When), RuleExpressionType = "LambdaExpression" }),
        };
        var workflows = JsonSerializer.Deserialize<Workflow[]>(JsonSerializer.Serialize(new[] { workflow }))!;
        _rulesEngine = new RulesEngine.RulesEngine(workflows, new ReSettings());
    }

    private RuleEngine Engine(IEnumerable<RuleSpec> rules)
    {
        var engine = new RuleEngine(_options);
        engine.Publish(RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 1, rules).RuleSet!);
        return engine;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Leads)]
    public int HandWritten()
    {
        var total = 0;
        foreach (var lead in _batch.Leads)
        {
            var (fit, engagement) = HandWrittenLeadScorer.Score(lead, _options);
            total += fit + engagement;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Leads)]
    public int NRules_SingleFactRules() => _singleFact.EvaluateLeads(_batch, DateTime.UtcNow).Results.Sum(r => r.Total);

    [Benchmark(OperationsPerInvoke = Leads)]
    public int NRules_FullDefaultSetWithJoins() => _full.EvaluateLeads(_batch, DateTime.UtcNow).Results.Sum(r => r.Total);

    [Benchmark(OperationsPerInvoke = Leads)]
    public int RulesEngine_SingleFactRules()
    {
        // The same outputs as EvaluateLeads without routing rules: a LeadEvaluation per lead with its hits, kept in a list.
        var evaluations = new List<LeadEvaluation>(_batch.Leads.Count);
        foreach (var lead in _batch.Leads)
        {
            var results = _rulesEngine.ExecuteAllRulesAsync("LeadScoring", new RuleParameter("Lead", lead)).GetAwaiter().GetResult();
            var matches = new List<RuleMatch>(results.Count);
            foreach (var result in results)
            {
                if (result.IsSuccess)
                    matches.Add(_byName[result.Rule.RuleName]);
            }
            var score = LeadScoreCalculator.Calculate(lead, matches, 1, _options);
            evaluations.Add(new LeadEvaluation(lead.Id, score.Fit, score.Engagement, score.Grade, LeadRouteCalculator.StageFor(score.Total, _options),
                null, null, null, null, 1, 0, score.Hits));
        }
        return evaluations.Sum(r => r.Total);
    }
}
