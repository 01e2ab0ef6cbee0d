namespace SalesGraph.Api.Rules.Backtest;

/// <summary>One point of a ROC curve: leads scoring at least <paramref name="Threshold"/> are called positive.</summary>
public sealed record RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);

/// <summary>The ROC curve with one point per distinct score (ties move both rates at once), from (0, 0) to (1, 1):
/// the trapezoids under it add up to <see cref="RocAuc"/>.</summary>
public static class RocCurve
{
    public static IReadOnlyList<RocPoint> From(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes) => ScoreRanking.From(scores, outcomes).Roc();
}
