using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>A rule set as operations see it: the version the engine runs and the draft (the current rule rows).</summary>
public sealed record RuleSetView(RuleSetKind Kind, RuleSetVersion? PublishedVersion, IReadOnlyList<ScoringRule> Draft, int RunningVersion);
