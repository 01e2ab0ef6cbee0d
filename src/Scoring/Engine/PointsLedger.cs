using System.Globalization;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>Adds up AddPoints hits the same way whatever order rules fired in: each rule's points × matches, bounded by its cap,
/// optionally decayed, then the dimension cap trims the positive contributions of lowest precedence first.
/// Runs once per subject on the hot path: no LINQ, each rule's description built once (<see cref="CompiledRule.Description"/>),
/// the decay note once per dimension.</summary>
public static class PointsLedger
{
    public static List<RuleHit> Settle(IReadOnlyList<RuleMatch> matches, int version, Func<ScoreDimension, int> dimensionCap, Func<ScoreDimension, double> decay)
    {
        var hits = new List<RuleHit>(matches.Count);
        // The decay factor and its note per dimension, looked up once (a subject has one factor per dimension).
        ScoreDimension? lastDimension = null;
        var factor = 1.0;
        string? decayNote = null;
        foreach (var match in matches)
        {
            if (match.Rule.Spec.Then is not AddPoints add)
                continue;
            var points = add.Points * match.Matches;
            var manyMatches = match.Matches > 1;
            var capped = add.Cap is { } cap && Math.Abs(points) > cap;
            if (capped)
                points = Math.Sign(points) * add.Cap!.Value;
            if (lastDimension != add.Dimension)
            {
                lastDimension = add.Dimension;
                factor = decay(add.Dimension);
                decayNote = null;
            }
            var decayed = factor < 1;
            if (decayed)
            {
                points = (int)Math.Round(points * factor, MidpointRounding.AwayFromZero);
                decayNote ??= "decayed ×" + factor.ToString("0.00", CultureInfo.CurrentCulture);
            }
            var effect = manyMatches || capped || decayed
                ? Effect(match.Rule.Description, manyMatches ? match.Matches : null, capped ? add.Cap : null, decayed ? decayNote : null)
                : match.Rule.Description;
            hits.Add(new RuleHit(match.Rule.Spec.Id, match.Rule.Spec.Name, match.Rule.Spec.Kind, version, add.Dimension, points, match.Matches, true, effect));
        }
        TrimToCaps(hits, dimensionCap);
        return hits;
    }

    /// <summary>"+5 Fit (cap 15) (3 matches, rule cap 15, decayed ×0.50)": the notes in this order, comma-separated.</summary>
    private static string Effect(string description, int? matches, int? cap, string? decayNote)
    {
        if (matches is null && cap is null)
            return string.Concat(description, " (", decayNote, ")");
        var notes = new List<string>(3);
        if (matches is { } m)
            notes.Add(m.ToString(CultureInfo.CurrentCulture) + " matches");
        if (cap is { } c)
            notes.Add("rule cap " + c.ToString(CultureInfo.CurrentCulture));
        if (decayNote is not null)
            notes.Add(decayNote);
        return description + " (" + string.Join(", ", notes) + ")";
    }

    /// <summary>Each dimension's total is trimmed to its cap, in order of first appearance (dimensions are independent).</summary>
    private static void TrimToCaps(List<RuleHit> hits, Func<ScoreDimension, int> dimensionCap)
    {
        Span<bool> done = stackalloc bool[Enum.GetValues<ScoreDimension>().Length];
        for (var i = 0; i < hits.Count; i++)
        {
            var dimension = hits[i].Dimension!.Value;
            if (done[(int)dimension])
                continue;
            done[(int)dimension] = true;
            TrimToCap(hits, dimension, dimensionCap(dimension));
        }
    }

    private static void TrimToCap(List<RuleHit> hits, ScoreDimension dimension, int cap)
    {
        var total = 0;
        foreach (var hit in hits)
        {
            if (hit.Dimension == dimension)
                total += hit.Points;
        }
        var excess = total - cap;
        for (var i = hits.Count - 1; i >= 0 && excess > 0; i--)
        {
            var hit = hits[i];
            if (hit.Dimension != dimension || hit.Points <= 0)
                continue;
            var cut = Math.Min(excess, hit.Points);
            excess -= cut;
            hits[i] = hit with { Points = hit.Points - cut, Effect = hit.Effect + $"; {cut} over the {dimension} cap of {cap}" };
        }
    }

    /// <summary>The winner of a conflicting action type is the first in precedence order; the others are recorded as overruled.</summary>
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
            hits.Add(new RuleHit(match.Rule.Spec.Id, match.Rule.Spec.Name, match.Rule.Spec.Kind, version, null, 0, match.Matches, applied,
                applied ? match.Rule.Description : match.Rule.Description + " (overruled by a rule of higher priority)"));
        }
        return (winner, hits);
    }
}
