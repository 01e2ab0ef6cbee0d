using NRules.Diagnostics;
using NRules.Extensibility;

namespace SalesGraph.Scoring.Engine;

/// <summary>Per-session sink the rules' actions write to: (subject id, rule index) per firing. Points are added up outside the engine.</summary>
public sealed class HitCollector : IDependencyResolver
{
    private readonly List<(int Subject, int Rule)> _hits = [];

    public int FailedConditions { get; private set; }

    /// <summary>Called by the compiled rule actions.</summary>
    public void Record(int rule, int subject) => _hits.Add((subject, rule));

    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) => this;

    /// <summary>A condition that throws (a null, a division by zero) counts as not matched instead of failing the batch.</summary>
    internal void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        FailedConditions++;
        e.IsHandled = true;
    }

    internal Dictionary<int, List<RuleMatch>> ToMatches(IReadOnlyList<CompiledRule> rules)
    {
        var bySubject = new Dictionary<int, List<RuleMatch>>();
        foreach (var group in _hits.GroupBy(h => h.Subject))
        {
            bySubject[group.Key] = [.. group.GroupBy(h => h.Rule).OrderBy(g => g.Key).Select(g => new RuleMatch(rules[g.Key], g.Count()))];
        }
        return bySubject;
    }
}
