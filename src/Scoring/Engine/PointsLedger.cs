using System.Globalization;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>Adds up AddPoints hits the same way whatever order rules fired in: each rule's points × matches, bounded by its cap,
/// optionally decayed, then the dimension cap trims the positive contributions of lowest precedence first.
/// Runs once per subject on the hot path: no LINQ or delegates; a single undecayed, uncapped match reuses its rule's hit
/// (<see cref="CompiledRule.PlainHit"/>), a decayed one its rule's text per decay note (<see cref="CompiledRule.DecayedDescription"/>,
/// <see cref="DecayNotes"/>); dimension totals are kept on the way and only a dimension over its cap is trimmed.</summary>
public static class PointsLedger
{
    private static readonly int Dimensions = Enum.GetValues<ScoreDimension>().Length;

    /// <param name="engagementDecay">Factor for Engagement points (1 = none); other dimensions do not decay.</param>
    public static List<RuleHit> Settle(IReadOnlyList<RuleMatch> matches, int version, ScoringOptions options, double engagementDecay = 1.0)
    {
        var hits = new List<RuleHit>(matches.Count);
        Span<int> totals = stackalloc int[Dimensions];
        Span<bool> seen = stackalloc bool[Dimensions];
        string? decayNote = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (match.Rule.Spec.Then is not AddPoints add)
                continue;
            var points = add.Points * match.Matches;
            var manyMatches = match.Matches > 1;
            var capped = add.Cap is { } cap && Math.Abs(points) > cap;
            if (capped)
                points = Math.Sign(points) * add.Cap!.Value;
            var decayed = add.Dimension == ScoreDimension.Engagement && engagementDecay < 1;
            var beforeDecay = points;
            if (decayed)
            {
                points = (int)Math.Round(points * engagementDecay, MidpointRounding.AwayFromZero);
                decayNote ??= DecayNotes.For(engagementDecay);
            }
            totals[(int)add.Dimension] += points;
            seen[(int)add.Dimension] = true;
            RuleHit hit;
            if (!manyMatches && !capped)
            {
                hit = decayed
                    ? new RuleHit(match.Rule.Spec.Id, match.Rule.Spec.Name, match.Rule.Spec.Kind, version, add.Dimension, points, match.Matches, true, match.Rule.DecayedDescription(decayNote!))
                    : match.Rule.PlainHit(add, version);
            }
            else
            {
                var effect = Effect(match.Rule.Description, manyMatches ? match.Matches : null, capped ? add.Cap : null, decayed ? decayNote : null);
                hit = new RuleHit(match.Rule.Spec.Id, match.Rule.Spec.Name, match.Rule.Spec.Kind, version, add.Dimension, points, match.Matches, true, effect);
            }
            // Points that came to nothing did not count: decay that rounds a non-zero contribution to 0, or a rule cap of 0.
            if (points == 0 && beforeDecay != 0)
                hit = hit.NotApplied(RuleHitReason.DecayedToZero);
            else if (points == 0 && capped)
                hit = hit.NotApplied(RuleHitReason.Capped);
            hits.Add(hit);
        }
        for (var d = 0; d < Dimensions; d++)
        {
            var dimension = (ScoreDimension)d;
            if (seen[d] && totals[d] > options.DimensionCap(dimension))
                TrimToCap(hits, dimension, totals[d] - options.DimensionCap(dimension), options.DimensionCap(dimension));
        }
        return hits;
    }

    /// <summary>"+5 Fit (cap 15) (3 matches, rule cap 15, decayed ×0.50)": the notes in this order, comma-separated.</summary>
    private static string Effect(string description, int? matches, int? cap, string? decayNote)
    {
        var notes = new List<string>(3);
        if (matches is { } m)
            notes.Add(m.ToString(CultureInfo.CurrentCulture) + " matches");
        if (cap is { } c)
            notes.Add("rule cap " + c.ToString(CultureInfo.CurrentCulture));
        if (decayNote is not null)
            notes.Add(decayNote);
        return description + " (" + string.Join(", ", notes) + ")";
    }

    /// <summary>Cuts <paramref name="excess"/> points off the dimension's positive hits, lowest precedence first.</summary>
    private static void TrimToCap(List<RuleHit> hits, ScoreDimension dimension, int excess, int cap)
    {
        for (var i = hits.Count - 1; i >= 0 && excess > 0; i--)
        {
            var hit = hits[i];
            if (hit.Dimension != dimension || hit.Points <= 0)
                continue;
            var cut = Math.Min(excess, hit.Points);
            excess -= cut;
            hit = hit with { Points = hit.Points - cut, Effect = hit.Effect + $"; {cut} over the {dimension} cap of {cap}" };
            hits[i] = hit.Points == 0 ? hit.NotApplied(RuleHitReason.Capped) : hit;
        }
    }

    /// <summary>The winner of a conflicting action type is the first in precedence order; the others are recorded as not applied,
    /// <see cref="RuleHitReason.OverruledByPriority"/>.</summary>
    public static (T? Winner, List<RuleHit> Hits) Settle<T>(IReadOnlyList<RuleMatch> matches, int version)
        where T : RuleAction
    {
        T? winner = null;
        var hits = new List<RuleHit>();
        foreach (var match in matches)
        {
            if (match.Rule.Spec.Then is not T action)
                continue;
            var applied = winner is null;
            winner ??= action;
            hits.Add(new RuleHit(match.Rule.Spec.Id, match.Rule.Spec.Name, match.Rule.Spec.Kind, version, null, 0, match.Matches, applied, match.Rule.Description)
            {
                Reason = applied ? null : RuleHitReason.OverruledByPriority,
            });
        }
        return (winner, hits);
    }
}
