using SalesGraph.Api.Rules.Backtest;

namespace SalesGraph.Api.Tests.Rules;

public class RocAucTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Compute_GeneratedScoresWithTies_AgreesWithTheTrapezoidAreaUnderTheSweptRocCurve(int seed)
    {
        var random = new Random(seed);
        // Few distinct scores, so most scores are tied; the outcome leans on the score.
        var scores = Enumerable.Range(0, 2_000).Select(_ => (double)random.Next(0, 12) * 5).ToList();
        var outcomes = scores.Select(s => random.NextDouble() < 0.1 + s / 100).ToList();

        var auc = RocAuc.Compute(scores, outcomes);

        Assert.NotNull(auc);
        Assert.Equal(TrapezoidAuc(scores, outcomes), auc.Value, 12);
    }

    [Fact]
    public void Compute_PerfectSeparation_IsOne()
    {
        Assert.Equal(1.0, RocAuc.Compute([1, 2, 3, 4], [false, false, true, true]));
    }

    [Fact]
    public void Compute_AllScoresTied_IsOneHalf()
    {
        Assert.Equal(0.5, RocAuc.Compute([7, 7, 7, 7, 7], [true, false, false, true, false]));
    }

    [Fact]
    public void Compute_OnlyOneOutcome_IsNull()
    {
        Assert.Null(RocAuc.Compute([1, 2, 3], [true, true, true]));
    }

    [Fact]
    public void Compute_SmallHandWorkedExample_MatchesPairCounting()
    {
        // Pairs (positive, negative): (3 vs 1) win, (3 vs 2) win, (2 vs 1) win, (2 vs 2) tie = 3.5 of 4.
        Assert.Equal(3.5 / 4, RocAuc.Compute([3, 2, 1, 2], [true, true, false, false]));
    }

    /// <summary>The ROC curve swept over thresholds from high to low (a tied group moves in one diagonal step), area by trapezoids.</summary>
    private static double TrapezoidAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        double positives = outcomes.Count(o => o), negatives = outcomes.Count - positives;
        double area = 0, tpr = 0, fpr = 0;
        foreach (var threshold in scores.Distinct().OrderDescending())
        {
            var atThreshold = Enumerable.Range(0, scores.Count).Where(i => scores[i] == threshold).ToList();
            var nextTpr = tpr + atThreshold.Count(i => outcomes[i]) / positives;
            var nextFpr = fpr + atThreshold.Count(i => !outcomes[i]) / negatives;
            area += (nextFpr - fpr) * (tpr + nextTpr) / 2;
            (tpr, fpr) = (nextTpr, nextFpr);
        }
        return area;
    }
}
