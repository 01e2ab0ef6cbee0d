using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Conditions;

public sealed record ConditionParseResult(ParsedCondition? Condition, RuleError? Error)
{
    public bool IsValid => Condition is not null;
}
