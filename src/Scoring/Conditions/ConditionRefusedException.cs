namespace SalesGraph.Scoring.Conditions;

/// <summary>Raised inside the allow-list walk and turned into a <see cref="Rules.RuleError"/> by the parser; never escapes it.</summary>
/// <param name="tokens">Text to look for in the condition to give the error a position; the first one found wins.</param>
internal sealed class ConditionRefusedException(string message, params string?[] tokens) : Exception(message)
{
    public IReadOnlyList<string> Tokens { get; } = [.. tokens.OfType<string>()];
}
