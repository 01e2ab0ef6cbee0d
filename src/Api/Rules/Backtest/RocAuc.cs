namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Area under the ROC curve by the Mann–Whitney U statistic: the chance that a random positive scores above a random
/// negative, ties counting one half.</summary>
public static class RocAuc
{
    /// <returns>Null when there is no positive or no negative outcome.</returns>
    public static double? Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes) => ScoreRanking.From(scores, outcomes).Auc();
}
