using NRules;
using NRules.AgendaFilters;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Engine;

/// <summary>Per-session sink of (subject id, rule index) per match. Points are added up outside the engine.
/// <para>Matches are recorded when NRules puts a rule's activation on the agenda (<see cref="IAgendaFilter"/>), and the activation
/// is then dropped: the rules' actions only record hits and never change working memory, so the activations after the inserts are
/// exactly the firings there would be, and skipping NRules' firing pipeline (agenda queue, action context, dependency resolution,
/// events per firing) more than halves the session time. The rules' actions (<see cref="Record"/>) still record hits
/// for a session that fires without this filter.</para></summary>
public sealed class HitCollector : IDependencyResolver, IAgendaFilter
{
    private readonly int _ruleCount;
    private readonly IReadOnlyDictionary<IRuleDefinition, int>? _ruleIndexes;
    private readonly Dictionary<int, int[]> _counts = [];

    public HitCollector(int ruleCount)
        : this(ruleCount, null)
    {
    }

    internal HitCollector(int ruleCount, IReadOnlyDictionary<IRuleDefinition, int>? ruleIndexes)
    {
        _ruleCount = ruleCount;
        _ruleIndexes = ruleIndexes;
    }

    public int FailedConditions { get; private set; }

    /// <summary>Called by the compiled rule actions.</summary>
    public void Record(int rule, int subject)
    {
        if (!_counts.TryGetValue(subject, out var counts))
            _counts[subject] = counts = new int[_ruleCount];
        counts[rule]++;
    }

    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) => this;

    /// <summary>Records the match and keeps the activation off the agenda (see the class remarks).</summary>
    bool IAgendaFilter.Accept(AgendaContext context, Activation activation)
    {
        if (_ruleIndexes is null || !_ruleIndexes.TryGetValue(activation.Rule, out var rule))
            return true;
        foreach (var fact in activation.Facts)
        {
            if (SubjectId(fact.Value) is { } subject)
            {
                Record(rule, subject);
                return false;
            }
        }
        return true;
    }

    private static int? SubjectId(object? fact) => fact switch
    {
        LeadFact lead => lead.Id,
        TenderFact tender => tender.Id,
        CustomerFact customer => customer.Id,
        _ => null,
    };

    /// <summary>A condition that throws (a null, a division by zero) counts as not matched instead of failing the batch.</summary>
    internal void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        FailedConditions++;
        e.IsHandled = true;
    }

    /// <param name="singleMatches">Per rule index, its shared match-once object, so the common case allocates no match.</param>
    internal Dictionary<int, List<RuleMatch>> ToMatches(IReadOnlyList<CompiledRule> rules, RuleMatch[] singleMatches)
    {
        var bySubject = new Dictionary<int, List<RuleMatch>>(_counts.Count);
        foreach (var (subject, counts) in _counts)
        {
            var matches = new List<RuleMatch>(4);
            for (var rule = 0; rule < counts.Length; rule++)
            {
                var count = counts[rule];
                if (count > 0)
                    matches.Add(count == 1 ? singleMatches[rule] : new RuleMatch(rules[rule], count));
            }
            bySubject[subject] = matches;
        }
        return bySubject;
    }
}
