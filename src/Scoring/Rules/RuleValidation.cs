namespace SalesGraph.Scoring.Rules;

/// <summary>The outcome of checking one rule: valid, or the errors to show next to the text.</summary>
public sealed record RuleValidation(IReadOnlyList<RuleError> Errors)
{
    public static readonly RuleValidation Valid = new([]);

    public bool IsValid => Errors.Count == 0;
}
