namespace SalesGraph.Api.Rules;

/// <summary>A tender's or account's newest stored evaluation as the graph shows it.</summary>
public sealed record RuleEvaluationView(int Version, int Total, DateTime EvaluatedAt, IReadOnlyList<StoredHit> Hits);
