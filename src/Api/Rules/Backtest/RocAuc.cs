namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Area under the ROC curve by the Mann–Whitney U statistic: the chance that a random positive scores above a random
/// negative, ties counting one half (tied scores get the average of their ranks).</summary>
public static class RocAuc
{
    /// <returns>Null when there is no positive or no negative outcome.</returns>
    public static double? Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(outcomes.Count, scores.Count, nameof(outcomes));
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
                end++;
            var averageRank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
            {
                if (outcomes[order[i]])
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
            return null;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
