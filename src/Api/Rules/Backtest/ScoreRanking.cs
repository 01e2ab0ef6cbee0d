namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Scores grouped into ties, highest first, with the outcome counts of each group: every figure of a backtest that depends
/// only on the ranking (AUC and its interval, KS, top-fraction conversion and lift) is a walk over these groups.</summary>
public sealed class ScoreRanking
{
    private readonly double[] _scores;
    private readonly int[] _counts;
    private readonly int[] _positives;

    private ScoreRanking(double[] scores, int[] counts, int[] positives, int leads, int converted)
    {
        _scores = scores;
        _counts = counts;
        _positives = positives;
        Leads = leads;
        Positives = converted;
    }

    public int Leads { get; }

    public int Positives { get; }

    public int Negatives => Leads - Positives;

    public int DistinctScores => _scores.Length;

    public static ScoreRanking From(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(outcomes.Count, scores.Count, nameof(outcomes));
        var order = new int[scores.Count];
        var keys = new double[scores.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = -scores[i];
        }
        Array.Sort(keys, order);
        var groupScores = new List<double>();
        var counts = new List<int>();
        var positives = new List<int>();
        var converted = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            var pos = 0;
            while (end < order.Length && keys[end] == keys[start])
            {
                if (outcomes[order[end]])
                    pos++;
                end++;
            }
            groupScores.Add(-keys[start]);
            counts.Add(end - start);
            positives.Add(pos);
            converted += pos;
            start = end;
        }
        return new ScoreRanking([.. groupScores], [.. counts], [.. positives], scores.Count, converted);
    }

    /// <summary>Mann–Whitney: the chance that a random converted lead scores above a random other one, a tie counting one half.
    /// Null without both outcomes.</summary>
    public double? Auc()
    {
        if (Positives == 0 || Negatives == 0)
            return null;
        double wins = 0;
        long negativesBelow = Negatives;
        for (var g = 0; g < _scores.Length; g++)
        {
            var negatives = _counts[g] - _positives[g];
            negativesBelow -= negatives;
            wins += _positives[g] * (negativesBelow + 0.5 * negatives);
        }
        return wins / ((double)Positives * Negatives);
    }

    /// <summary>95 % interval of the AUC by DeLong's method (1988): the variance from the placement values of each converted and
    /// each other lead (ties one half, as in the AUC), normal approximation, clipped to [0, 1]. Null with fewer than two of either outcome.</summary>
    public (double Lower, double Upper)? AucInterval()
    {
        if (Auc() is not { } auc || Positives < 2 || Negatives < 2)
            return null;
        // A positive in group g is placed above (negatives below + half the tied negatives) / N; a negative below (positives above + half the tied) / P.
        double s10 = 0, s01 = 0;
        long negativesBelow = Negatives, positivesAbove = 0;
        for (var g = 0; g < _scores.Length; g++)
        {
            var negatives = _counts[g] - _positives[g];
            negativesBelow -= negatives;
            var v10 = (negativesBelow + 0.5 * negatives) / Negatives - auc;
            var v01 = (positivesAbove + 0.5 * _positives[g]) / Positives - auc;
            s10 += _positives[g] * v10 * v10;
            s01 += negatives * v01 * v01;
            positivesAbove += _positives[g];
        }
        var variance = s10 / (Positives - 1) / Positives + s01 / (Negatives - 1) / Negatives;
        var half = 1.959963984540054 * Math.Sqrt(variance);
        return (Math.Max(0, auc - half), Math.Min(1, auc + half));
    }

    /// <summary>Kolmogorov–Smirnov: the largest gap between the share of converted and of other leads at or above a score cut
    /// (cuts between tie groups only). Null without both outcomes.</summary>
    public double? Ks()
    {
        if (Positives == 0 || Negatives == 0)
            return null;
        double best = 0;
        long positives = 0, negatives = 0;
        for (var g = 0; g < _scores.Length; g++)
        {
            positives += _positives[g];
            negatives += _counts[g] - _positives[g];
            best = Math.Max(best, Math.Abs((double)positives / Positives - (double)negatives / Negatives));
        }
        return best;
    }

    /// <summary>Conversion among the top <paramref name="fraction"/> of leads by score, and that over the overall rate. A tie group that
    /// straddles the cut counts pro rata (its share inside the cut times its conversions), so the figure does not depend on the order of ties.</summary>
    public (double? Conversion, double? Lift) Top(double fraction)
    {
        var size = fraction * Leads;
        if (Leads == 0 || size <= 0)
            return (null, null);
        double taken = 0, converted = 0;
        for (var g = 0; g < _scores.Length && taken < size; g++)
        {
            var take = Math.Min(_counts[g], size - taken);
            converted += _positives[g] * take / _counts[g];
            taken += take;
        }
        var conversion = converted / size;
        return (conversion, Positives == 0 ? null : conversion / ((double)Positives / Leads));
    }

    /// <summary>The ROC curve (<see cref="RocCurve"/>): from (0, 0) at a threshold above the highest score, one point per tie group;
    /// empty without both outcomes.</summary>
    public IReadOnlyList<RocPoint> Roc()
    {
        if (Positives == 0 || Negatives == 0)
            return [];
        var points = new List<RocPoint>(_scores.Length + 1) { new(_scores[0] + 1, 0, 0) };
        int truePositives = 0, falsePositives = 0;
        for (var g = 0; g < _scores.Length; g++)
        {
            truePositives += _positives[g];
            falsePositives += _counts[g] - _positives[g];
            points.Add(new RocPoint(_scores[g], (double)falsePositives / Negatives, (double)truePositives / Positives));
        }
        return points;
    }
}
