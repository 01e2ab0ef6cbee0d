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
    private Dictionary<string, RuleSpec> _byName = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = BenchmarkLeads.Generate(Leads);
        _singleFact = Engine(BenchmarkLeads.SingleFactRules);
        _full = Engine(DefaultRules.For(RuleSetKind.LeadScoring));
        _byName = BenchmarkLeads.SingleFactRules.ToDictionary(r => r.Name);
        var workflow = new
        {
            WorkflowName = "LeadScoring",
            Rules = BenchmarkLeads.SingleFactRules.Select(r => new { RuleName = r.Name, Expression = r.When, RuleExpressionType = "LambdaExpression" }),
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
        var total = 0;
        foreach (var lead in _batch.Leads)
        {
            var results = _rulesEngine.ExecuteAllRulesAsync("LeadScoring", new RuleParameter("Lead", lead)).GetAwaiter().GetResult();
            var matches = results.Where(r => r.IsSuccess).Select(r => new RuleMatch(new CompiledRule(0, _byName[r.Rule.RuleName], null!, null!), 1)).ToList();
            total += LeadScoreCalculator.Calculate(lead, matches, 1, _options).Hits.Sum(h => h.Points);
        }
        return total;
    }
}
