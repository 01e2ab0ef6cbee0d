using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>A compiled rule set ready to publish, or the errors of every rule that was refused (nothing is compiled then).</summary>
public sealed record CompileResult(CompiledRuleSet? RuleSet, IReadOnlyList<RuleError> Errors)
{
    public bool IsValid => RuleSet is not null;
}
