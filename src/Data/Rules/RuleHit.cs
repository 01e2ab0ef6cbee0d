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
    /// <summary>The action it took, in words (route, stage, decision, tag, points with their cap and decay notes).</summary>
    public string? Effect { get; init; }
    /// <summary>Whether the hit counted: its action was taken or its points are part of the total. JSON written before this
    /// field existed reads as applied unless its effect text said otherwise (<see cref="RuleHitsJson.Read"/>).</summary>
    public bool Applied { get; init; } = true;
    /// <summary>Why the hit did not count; null when <see cref="Applied"/>.</summary>
    public RuleHitReason? Reason { get; init; }
}
