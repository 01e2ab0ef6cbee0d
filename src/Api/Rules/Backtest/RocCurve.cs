namespace SalesGraph.Api.Rules.Backtest;

/// <summary>One point of a ROC curve: leads scoring at least <paramref name="Threshold"/> are called positive.</summary>
public sealed record RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);

/// <summary>The ROC curve with one point per distinct score (ties move both rates at once), from (0, 0) to (1, 1):
/// the trapezoids under it add up to <see cref="RocAuc"/>.</summary>
public static class RocCurve
{
    public static IReadOnlyList<RocPoint> From(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(outcomes.Count, scores.Count, nameof(outcomes));
        var positives = outcomes.Count(o => o);
        var negatives = outcomes.Count - positives;
        if (positives == 0 || negatives == 0)
            return [];
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        List<RocPoint> points = [new(scores[order[0]] + 1, 0, 0)];
        int truePositives = 0, falsePositives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]] == scores[order[start]])
            {
                if (outcomes[order[end]])
                    truePositives++;
                else
                    falsePositives++;
                end++;
            }
            points.Add(new RocPoint(scores[order[start]], (double)falsePositives / negatives, (double)truePositives / positives));
            start = end;
        }
        return points;
    }
}
