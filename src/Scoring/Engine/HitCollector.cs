using NRules.Diagnostics;
using NRules.Extensibility;

namespace SalesGraph.Scoring.Engine;

/// <summary>Per-session sink the rules' actions write to: (subject id, rule index) per firing. Points are added up outside the engine.</summary>
public sealed class HitCollector(int ruleCount) : IDependencyResolver
{
    private readonly Dictionary<int, int[]> _counts = [];

    public int FailedConditions { get; private set; }

    /// <summary>Called by the compiled rule actions.</summary>
    public void Record(int rule, int subject)
    {
        if (!_counts.TryGetValue(subject, out var counts))
            _counts[subject] = counts = new int[ruleCount];
        counts[rule]++;
    }

    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) => this;

    /// <summary>A condition that throws (a null, a division by zero) counts as not matched instead of failing the batch.</summary>
    internal void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        FailedConditions++;
        e.IsHandled = true;
    }

    internal Dictionary<int, List<RuleMatch>> ToMatches(IReadOnlyList<CompiledRule> rules)
    {
        var bySubject = new Dictionary<int, List<RuleMatch>>(_counts.Count);
        foreach (var (subject, counts) in _counts)
        {
            var matches = new List<RuleMatch>();
            for (var rule = 0; rule < counts.Length; rule++)
            {
                if (counts[rule] > 0)
                    matches.Add(new RuleMatch(rules[rule], counts[rule]));
            }
            bySubject[subject] = matches;
        }
        return bySubject;
    }
}
