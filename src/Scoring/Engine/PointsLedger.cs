using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>Adds up AddPoints hits the same way whatever order rules fired in: each rule's points × matches, bounded by its cap,
/// optionally decayed, then the dimension cap trims the positive contributions of lowest precedence first.</summary>
public static class PointsLedger
{
    public static List<RuleHit> Settle(IReadOnlyList<RuleMatch> matches, int version, Func<ScoreDimension, int> dimensionCap, Func<ScoreDimension, double> decay)
    {
        var hits = new List<RuleHit>();
        foreach (var match in matches)
        {
            if (match.Rule.Spec.Then is not AddPoints add)
                continue;
            var points = add.Points * match.Matches;
            var notes = new List<string>();
            if (match.Matches > 1)
                notes.Add($"{match.Matches} matches");
            if (add.Cap is { } cap && Math.Abs(points) > cap)
            {
                points = Math.Sign(points) * cap;
                notes.Add($"rule cap {cap}");
            }
            var factor = decay(add.Dimension);
            if (factor < 1)
            {
                points = (int)Math.Round(points * factor, MidpointRounding.AwayFromZero);
                notes.Add($"decayed ×{factor:0.00}");
            }
            hits.Add(Hit(match, version, add.Dimension, points, notes));
        }
        foreach (var dimension in hits.Select(h => h.Dimension!.Value).Distinct().ToList())
            TrimToCap(hits, dimension, dimensionCap(dimension));
        return hits;
    }

    private static void TrimToCap(List<RuleHit> hits, ScoreDimension dimension, int cap)
    {
        var excess = hits.Where(h => h.Dimension == dimension).Sum(h => h.Points) - cap;
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

    private static RuleHit Hit(RuleMatch match, int version, ScoreDimension dimension, int points, List<string> notes) =>
        new(match.Rule.Spec.Id, match.Rule.Spec.Name, match.Rule.Spec.Kind, version, dimension, points, match.Matches, true,
            match.Rule.Spec.Then.Describe() + (notes.Count > 0 ? " (" + string.Join(", ", notes) + ")" : ""));

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
                action.Describe() + (applied ? "" : " (overruled by a rule of higher priority)")));
        }
        return (winner, hits);
    }
}
