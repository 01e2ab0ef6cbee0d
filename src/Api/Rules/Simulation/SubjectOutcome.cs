using SalesGraph.Scoring.Engine;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>What one rule-set version decided about a lead or tender, with the hits that explain it.</summary>
/// <param name="Route">The team, or "nurture: track" for a lead put on a nurture track.</param>
public sealed record SubjectOutcome(int Total, string? Grade, string? Stage, string? Route, string? Decision, IReadOnlyList<RuleHit> Hits)
{
    /// <summary>Equal decisions (hits aside: the same outcome may be explained by different rules).</summary>
    public bool SameAs(SubjectOutcome other) =>
        Total == other.Total && Grade == other.Grade && Stage == other.Stage && Route == other.Route && Decision == other.Decision;
}
