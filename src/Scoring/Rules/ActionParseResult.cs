namespace SalesGraph.Scoring.Rules;

/// <summary>A parsed action, or why the JSON could not be read.</summary>
public sealed record ActionParseResult(RuleAction? Action, RuleError? Error)
{
    public bool IsValid => Action is not null;
}
