using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>A stored rule hit as the graph shows it: which rule, of which rule set and version, and what it contributed.</summary>
/// <param name="Applied">Whether the hit counted; <paramref name="Reason"/> says why not.</param>
public sealed record StoredHit(int? RuleId, string RuleName, RuleSetKind RuleSet, int Version, int Points, string? Effect, bool Applied, RuleHitReason? Reason);
