using SalesGraph.Scoring.Engine;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>What one rule-set version decided about a lead, tender or account, with the hits that explain it.</summary>
/// <param name="Total">Lead score or tender bid points; null for an account (strategy rules only tag).</param>
/// <param name="Route">The team, or "nurture: track" for a lead put on a nurture track.</param>
/// <param name="Strategies">An account's strategy tags in tag order; empty for leads and tenders.</param>
public sealed record SubjectOutcome(int? Total, string? Grade, string? Stage, string? Route, string? Decision, IReadOnlyList<RuleHit> Hits)
{
    public string? PyramidTier { get; init; }

    public string? RelationshipStage { get; init; }

    public IReadOnlyList<string> Strategies { get; init; } = [];

    /// <summary>Equal decisions (hits aside: the same outcome may be explained by different rules).</summary>
    public bool SameAs(SubjectOutcome other) =>
        Total == other.Total && Grade == other.Grade && Stage == other.Stage && Route == other.Route && Decision == other.Decision
        && PyramidTier == other.PyramidTier && RelationshipStage == other.RelationshipStage && Strategies.SequenceEqual(other.Strategies);
}
