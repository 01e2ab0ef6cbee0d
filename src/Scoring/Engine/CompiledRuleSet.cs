using NRules;
using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>One published version of a rule set, compiled into an NRules session factory. Immutable and thread-safe;
/// each batch gets its own short-lived session.</summary>
public sealed class CompiledRuleSet
{
    internal CompiledRuleSet(RuleSetKind kind, int version, IReadOnlyList<CompiledRule> rules, ISessionFactory factory)
    {
        Kind = kind;
        Version = version;
        Rules = rules;
        Factory = factory;
        _facts = [.. rules.SelectMany(r => r.Condition.FactIndexes)];
        _singleMatches = [.. rules.Select(r => new RuleMatch(r, 1))];
    }

    private readonly HashSet<int> _facts;
    private readonly RuleMatch[] _singleMatches;

    public RuleSetKind Kind { get; }

    public int Version { get; }

    /// <summary>Enabled rules in precedence order (<see cref="RulePrecedence"/>).</summary>
    public IReadOnlyList<CompiledRule> Rules { get; }

    public FactSchema Schema => FactSchema.For(Kind);

    internal ISessionFactory Factory { get; }

    /// <summary>Whether any rule uses the schema's fact at <paramref name="index"/> (e.g. 1 = Account): facts no rule uses are not inserted.</summary>
    public bool UsesFact(int index) => _facts.Contains(index);

    /// <summary>Runs the facts through one session; returns, per subject id, the rules that matched in precedence order.
    /// A match is recorded where NRules establishes it (see <see cref="HitCollector"/>).</summary>
    public RuleMatches Match(IEnumerable<object> facts)
    {
        var collector = new HitCollector(Rules.Count);
        if (Rules.Count == 0)
            return new RuleMatches(collector.ToMatches(Rules, _singleMatches), 0);
        var session = Factory.CreateSession(s => s.DependencyResolver = collector);
        session.Events.LhsExpressionFailedEvent += collector.OnConditionFailed;
        using (collector.Bind())
        {
            session.InsertAll(facts);
            session.Fire();
        }
        return new RuleMatches(collector.ToMatches(Rules, _singleMatches), collector.FailedConditions);
    }
}
