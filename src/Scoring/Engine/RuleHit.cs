using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>A rule that fired for a subject and what it contributed. Points are after the rule's cap, decay and the dimension cap,
/// so the hits of a dimension add up to its total. <paramref name="Applied"/> is false for an action overruled by a rule of higher precedence.</summary>
public sealed record RuleHit(
    int RuleId,
    string RuleName,
    RuleSetKind RuleSet,
    int Version,
    ScoreDimension? Dimension,
    int Points,
    int Matches,
    bool Applied,
    string Effect);
