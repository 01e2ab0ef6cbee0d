using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>The order in which conflicts are settled: higher priority first, then name (ordinal), then id. Never firing order.</summary>
public sealed class RulePrecedence : IComparer<RuleSpec>
{
    public static readonly RulePrecedence Instance = new();

    public int Compare(RuleSpec? x, RuleSpec? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return 1;
        if (y is null)
            return -1;
        var byPriority = y.Priority.CompareTo(x.Priority);
        if (byPriority != 0)
            return byPriority;
        var byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : x.Id.CompareTo(y.Id);
    }
}
