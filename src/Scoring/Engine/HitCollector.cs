using NRules.Diagnostics;
using NRules.Extensibility;

namespace SalesGraph.Scoring.Engine;

/// <summary>Per-session sink of (subject id, rule index) per match. Points are added up outside the engine.
/// <para>Matches are recorded where NRules establishes them, through <see cref="OnMatch"/>, into the collector bound to the
/// running thread by <see cref="CompiledRuleSet.Match"/>: a rule on the subject alone ends its pattern with one more alpha condition
/// that records the match and stops the fact there (no tuple, beta memory, activation or agenda entry for it); a rule that joins
/// facts carries an agenda filter that records the match and keeps the activation off the agenda. The rules' actions only record hits
/// and never change working memory, so what is recorded after the inserts is exactly the firings there would be; skipping the beta
/// network for single-fact rules and NRules' firing pipeline (agenda queue, action context, dependency resolution, events per firing)
/// is most of the session time. A session without a bound collector lets every match through and fires the rules as usual; their
/// actions record through <see cref="Record"/>.</para></summary>
public sealed class HitCollector(int ruleCount) : IDependencyResolver
{
    [ThreadStatic]
    private static HitCollector? t_bound;

    private readonly Dictionary<int, int[]> _counts = [];

    public int FailedConditions { get; private set; }

    /// <summary>Called by the compiled rule actions.</summary>
    public void Record(int rule, int subject)
    {
        if (!_counts.TryGetValue(subject, out var counts))
            _counts[subject] = counts = new int[ruleCount];
        counts[rule]++;
    }

    /// <summary>The rules' last alpha condition (single-fact rules) or agenda filter (joins): records the match in the collector
    /// bound to this thread and stops it there; without a bound collector the match goes on and the rule fires.</summary>
    public static bool OnMatch(int rule, int subject)
    {
        if (t_bound is not { } bound)
            return true;
        bound.Record(rule, subject);
        return false;
    }

    /// <summary>Binds this collector to the running thread (sessions run synchronously on the caller's thread) until disposed.</summary>
    internal Binding Bind()
    {
        var previous = t_bound;
        t_bound = this;
        return new Binding(previous);
    }

    internal readonly struct Binding(HitCollector? previous) : IDisposable
    {
        public void Dispose() => t_bound = previous;
    }

    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) => this;

    /// <summary>A condition that throws (a null, a division by zero) counts as not matched instead of failing the batch.</summary>
    internal void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        FailedConditions++;
        e.IsHandled = true;
    }

    /// <param name="singleMatches">Per rule index, its shared match-once object, so the common case allocates no match.</param>
    internal Dictionary<int, RuleMatch[]> ToMatches(IReadOnlyList<CompiledRule> rules, RuleMatch[] singleMatches)
    {
        var bySubject = new Dictionary<int, RuleMatch[]>(_counts.Count);
        foreach (var (subject, counts) in _counts)
        {
            var matched = 0;
            foreach (var count in counts)
            {
                if (count > 0)
                    matched++;
            }
            var matches = new RuleMatch[matched];
            matched = 0;
            for (var rule = 0; rule < counts.Length; rule++)
            {
                var count = counts[rule];
                if (count > 0)
                    matches[matched++] = count == 1 ? singleMatches[rule] : new RuleMatch(rules[rule], count);
            }
            bySubject[subject] = matches;
        }
        return bySubject;
    }
}
