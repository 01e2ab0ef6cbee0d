namespace SalesGraph.Scoring.Engine;

/// <summary>A rule whose condition held for a subject, and how often (more than once when it joins several accounts or contacts).</summary>
public sealed record RuleMatch(CompiledRule Rule, int Matches);
