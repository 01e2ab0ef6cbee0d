using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tests;

/// <summary>Builds an engine with hand-written rules for a test.</summary>
internal static class TestRules
{
    public static RuleEngine EngineWith(ScoringOptions? options = null, params RuleSpec[] rules)
    {
        var engine = new RuleEngine(options ?? new ScoringOptions());
        foreach (var kind in rules.Select(r => r.Kind).Distinct())
        {
            var compiled = RuleSetCompiler.Compile(kind, 7, rules.Where(r => r.Kind == kind));
            Assert.Empty(compiled.Errors);
            engine.Publish(compiled.RuleSet!);
        }
        return engine;
    }

    public static RuleSpec Score(int id, string when, int points, ScoreDimension dimension = ScoreDimension.Fit, int? cap = null, int priority = 0, string? name = null) =>
        new(id, name ?? $"rule {id}", RuleSetKind.LeadScoring, when, new AddPoints(dimension, points, cap), priority);

    public static RuleSpec Routing(int id, string when, RuleAction then, int priority = 0, string? name = null) =>
        new(id, name ?? $"rule {id}", RuleSetKind.LeadRouting, when, then, priority);
}
