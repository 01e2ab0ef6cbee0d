namespace SalesGraph.Scoring.Engine;

/// <summary>What one session found: per subject id the matched rules in precedence order; and how many condition evaluations threw.</summary>
public sealed class RuleMatches(Dictionary<int, RuleMatch[]> bySubject, int failedConditions)
{
    public int FailedConditions { get; } = failedConditions;

    public IReadOnlyList<RuleMatch> For(int subjectId) =>
        bySubject.TryGetValue(subjectId, out var matches) ? matches : [];
}
