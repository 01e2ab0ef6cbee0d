using System.Collections.Concurrent;
using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>A rule that passed the checks, with its condition as an expression and as a delegate over the schema's facts
/// (for simulation and for checking the engine against a plain loop).</summary>
/// <param name="Index">Position in <see cref="CompiledRuleSet.Rules"/>, which is in precedence order.</param>
/// <param name="Evaluate">Takes the schema's facts in order (Lead, Account, Contact / Tender / Customer); unused ones may be null.</param>
public sealed record CompiledRule(int Index, RuleSpec Spec, ParsedCondition Condition, Delegate Evaluate)
{
    private const int MaxCachedEffects = 1024;

    // One holder per rule, never replaced, so the record's equality and hash code do not change while the caches fill.
    private readonly Explanations _explanations = new();

    /// <summary>The action in words (<see cref="RuleAction.Describe"/>), built once per rule instead of once per hit.</summary>
    public string Description { get; } = Spec.Then.Describe();

    /// <summary>"+5 Engagement (decayed ×0.50)": built once per note (a note has about a hundred values per culture).</summary>
    internal string DecayedDescription(string decayNote)
    {
        var cache = _explanations.DecayedEffects;
        if (cache.TryGetValue(decayNote, out var effect))
            return effect;
        effect = string.Concat(Description, " (", decayNote, ")");
        if (cache.Count < MaxCachedEffects)
            cache.TryAdd(decayNote, effect);
        return effect;
    }

    /// <summary>The hit of a single match of an AddPoints rule that no cap or decay changed: one immutable value for every
    /// subject of a version, so it is built once.</summary>
    internal RuleHit PlainHit(AddPoints add, int version)
    {
        var hit = _explanations.PlainHit;
        if (hit is null || hit.Version != version)
            _explanations.PlainHit = hit = new RuleHit(Spec.Id, Spec.Name, Spec.Kind, version, add.Dimension, add.Points, 1, true, Description);
        return hit;
    }

    private sealed class Explanations
    {
        public ConcurrentDictionary<string, string> DecayedEffects { get; } = new(StringComparer.Ordinal);

        public RuleHit? PlainHit { get; set; }
    }
}
