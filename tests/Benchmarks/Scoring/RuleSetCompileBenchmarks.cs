using BenchmarkDotNet.Attributes;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Benchmarks.Scoring;

/// <summary>Publishing cost: parse, allow-list and compile a rule set into an NRules session factory (target: 200 rules under 500 ms).</summary>
public class RuleSetCompileBenchmarks
{
    private readonly IReadOnlyList<RuleSpec> _defaults = DefaultRules.For(RuleSetKind.LeadScoring);
    private IReadOnlyList<RuleSpec> _twoHundred = [];

    [GlobalSetup]
    public void Setup() =>
        _twoHundred = [.. Enumerable.Range(0, 200).Select(i =>
        {
            var template = _defaults[i % _defaults.Count];
            // Vary a literal so each rule is a distinct condition for the Rete network.
            var when = template.When.Contains(">= 1", StringComparison.Ordinal) ? template.When.Replace(">= 1", $">= {1 + (i / _defaults.Count)}", StringComparison.Ordinal) : template.When;
            return template with { Id = 1000 + i, Name = $"{template.Name} #{i}", When = when };
        })];

    [Benchmark]
    public CompiledRuleSet? CompileDefaultLeadScoring() => RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 1, _defaults).RuleSet;

    [Benchmark]
    public CompiledRuleSet? Compile200Rules() => RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 1, _twoHundred).RuleSet;
}
