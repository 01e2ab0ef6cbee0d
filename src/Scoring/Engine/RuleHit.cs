using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>A rule that fired for a subject and what it contributed. Points are after the rule's cap, decay and the dimension cap,
/// so the applied hits of a dimension add up to its total. <paramref name="Applied"/> is false for a hit that did not count:
/// its action overruled or not taken, or its points cut or decayed to zero; <see cref="Reason"/> then says why.</summary>
public sealed record RuleHit(
    int RuleId,
    string RuleName,
    RuleSetKind RuleSet,
    int Version,
    ScoreDimension? Dimension,
    int Points,
    int Matches,
    bool Applied,
    string Effect)
{
    /// <summary>Why the hit did not count; null for an applied hit.</summary>
    public RuleHitReason? Reason { get; init; }

    /// <summary>This hit, not applied for <paramref name="reason"/> (an already not-applied hit keeps its first reason).</summary>
    public RuleHit NotApplied(RuleHitReason reason) => Applied ? this with { Applied = false, Reason = reason } : this;
}
