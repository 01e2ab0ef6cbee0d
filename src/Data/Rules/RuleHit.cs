namespace SalesGraph.Data.Rules;

/// <summary>A rule that fired in an evaluation, and what it contributed after caps and decay; stored inside its
/// <see cref="ScoreResult"/> as one element of the <c>Hits</c> JSON array.</summary>
public sealed record RuleHit
{
    public int? RuleId { get; init; }
    public required string RuleName { get; init; }
    /// <summary>The rule set the rule belongs to (a lead's result holds scoring and routing hits).</summary>
    public RuleSetKind? RuleSet { get; init; }
    public int Points { get; init; }
    /// <summary>The action it took, in words (route, stage, decision, tag).</summary>
    public string? Effect { get; init; }
}
