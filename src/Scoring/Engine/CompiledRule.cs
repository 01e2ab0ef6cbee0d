using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>A rule that passed the checks, with its condition as an expression and as a delegate over the schema's facts
/// (for simulation and for checking the engine against a plain loop).</summary>
/// <param name="Index">Position in <see cref="CompiledRuleSet.Rules"/>, which is in precedence order.</param>
/// <param name="Evaluate">Takes the schema's facts in order (Lead, Account, Contact / Tender / Customer); unused ones may be null.</param>
public sealed record CompiledRule(int Index, RuleSpec Spec, ParsedCondition Condition, Delegate Evaluate)
{
    /// <summary>The action in words (<see cref="RuleAction.Describe"/>), built once per rule instead of once per hit.</summary>
    public string Description { get; } = Spec.Then.Describe();
}
