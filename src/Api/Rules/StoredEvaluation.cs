using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>The newest stored <see cref="ScoreResult"/> of a subject with its hits in the order they were recorded.</summary>
public sealed record StoredEvaluation(int SubjectId, RuleSetKind RuleSet, int Version, int Total, string? Outcome, DateTime EvaluatedAt, IReadOnlyList<StoredHitRow> Hits);

/// <summary>A hit row with the rule set of the rule it names (null when that rule row is gone).</summary>
public sealed record StoredHitRow(int? RuleId, string RuleName, int Points, string? Effect, RuleSetKind? RuleSet, bool Applied, RuleHitReason? Reason);
