namespace SalesGraph.Scoring.Rules;

/// <summary>Why a rule was refused, in words a non-programmer understands.</summary>
/// <param name="Part">"when" (the condition) or "then" (the action).</param>
/// <param name="Position">1-based character position in the text, when known.</param>
/// <param name="RuleName">The rule's name when the error comes from compiling a whole set.</param>
public sealed record RuleError(string Part, int? Position, string Message, string? RuleName = null)
{
    public const string When = "when";
    public const string Then = "then";

    public override string ToString() =>
        (RuleName is null ? "" : $"rule '{RuleName}': ") + Message;
}
