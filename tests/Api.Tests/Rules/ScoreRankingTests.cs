using SalesGraph.Api.Rules.Backtest;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>The ranking figures of a backtest against plain, independent counts on generated data with many ties.</summary>
public class ScoreRankingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AucAndTopLift_GeneratedScoresWithManyTies_AgreeWithAPlainPairCountAndAPlainProRataCount(int seed)
    {
        var (scores, outcomes) = Generated(seed, 1_500);

        var ranking = ScoreRanking.From(scores, outcomes);
        var (conversion, lift) = ranking.Top(0.1);

        Assert.Equal(PairCountAuc(scores, outcomes), ranking.Auc()!.Value, 1e-9);
        var (plainConversion, plainLift) = PlainTop(scores, outcomes, 0.1);
        Assert.Equal(plainConversion, conversion!.Value, 1e-9);
        Assert.Equal(plainLift, lift!.Value, 1e-9);
    }

    [Fact]
    public void Top_TieGroupStraddlingTheCut_CountsItProRata()
    {
        // 20 leads: 1 alone on top (converted), then 10 tied at 5 of which 4 converted; the top 10 % is 2 leads: the top one and 1/10 of the tie.
        double[] scores = [9, .. Enumerable.Repeat(5.0, 10), .. Enumerable.Repeat(1.0, 9)];
        bool[] outcomes = [true, true, true, true, true, .. Enumerable.Repeat(false, 15)];

        var (conversion, lift) = ScoreRanking.From(scores, outcomes).Top(0.1);

        Assert.Equal((1 + 0.4) / 2, conversion!.Value, 12);
        Assert.Equal(0.7 / (5.0 / 20), lift!.Value, 12);
    }

    [Fact]
    public void AucInterval_MoreLeadsWithTheSameSignal_IsNarrowerAndHoldsTheAuc()
    {
        var (smallScores, smallOutcomes) = Generated(7, 400);
        var (largeScores, largeOutcomes) = Generated(7, 8_000);

        var small = ScoreRanking.From(smallScores, smallOutcomes);
        var large = ScoreRanking.From(largeScores, largeOutcomes);

        var (smallLower, smallUpper) = small.AucInterval()!.Value;
        var (largeLower, largeUpper) = large.AucInterval()!.Value;
        Assert.InRange(small.Auc()!.Value, smallLower, smallUpper);
        Assert.InRange(large.Auc()!.Value, largeLower, largeUpper);
        Assert.True(largeUpper - largeLower < (smallUpper - smallLower) / 2);
    }

    [Fact]
    public void AucInterval_AgreesWithTheDeLongVarianceFromPlainPlacementValues()
    {
        var (scores, outcomes) = Generated(11, 600);
        var pos = scores.Where((_, i) => outcomes[i]).ToArray();
        var neg = scores.Where((_, i) => !outcomes[i]).ToArray();
        static double Psi(double x, double y) => x > y ? 1 : x == y ? 0.5 : 0;
        var v10 = pos.Select(x => neg.Average(y => Psi(x, y))).ToArray();
        var v01 = neg.Select(y => pos.Average(x => Psi(x, y))).ToArray();
        var auc = v10.Average();
        var variance = v10.Sum(v => (v - auc) * (v - auc)) / (pos.Length - 1) / pos.Length + v01.Sum(v => (v - auc) * (v - auc)) / (neg.Length - 1) / neg.Length;

        var (lower, upper) = ScoreRanking.From(scores, outcomes).AucInterval()!.Value;

        Assert.Equal(auc - 1.959963984540054 * Math.Sqrt(variance), lower, 1e-9);
        Assert.Equal(auc + 1.959963984540054 * Math.Sqrt(variance), upper, 1e-9);
    }

    [Fact]
    public void KsAndDistinctScores_PlainSweep_Agree()
    {
        var (scores, outcomes) = Generated(5, 1_000);
        var positives = outcomes.Count(o => o);
        var negatives = outcomes.Count - positives;
        var ks = scores.Distinct().Max(cut =>
            Math.Abs((double)scores.Where((s, i) => s >= cut && outcomes[i]).Count() / positives - (double)scores.Where((s, i) => s >= cut && !outcomes[i]).Count() / negatives));

        var ranking = ScoreRanking.From(scores, outcomes);

        Assert.Equal(ks, ranking.Ks()!.Value, 1e-12);
        Assert.Equal(scores.Distinct().Count(), ranking.DistinctScores);
    }

    [Fact]
    public void Psi_SameDistribution_IsNearZeroAndAShiftedOneIsLarge()
    {
        var random = new Random(3);
        var train = Enumerable.Range(0, 5_000).Select(_ => (double)random.Next(0, 100)).ToList();
        var same = Enumerable.Range(0, 5_000).Select(_ => (double)random.Next(0, 100)).ToList();
        var shifted = Enumerable.Range(0, 5_000).Select(_ => (double)random.Next(40, 140)).ToList();

        Assert.InRange(PopulationStability.Psi(train, same)!.Value, 0, 0.02);
        Assert.True(PopulationStability.Psi(train, shifted) > 0.25);
    }

    private static (List<double> Scores, List<bool> Outcomes) Generated(int seed, int count)
    {
        var random = new Random(seed);
        // Eight distinct scores: nearly every lead is tied with many others.
        var scores = Enumerable.Range(0, count).Select(_ => (double)random.Next(0, 8) * 10).ToList();
        var outcomes = scores.Select(s => random.NextDouble() < 0.05 + s / 120).ToList();
        return (scores, outcomes);
    }

    /// <summary>Every (converted, not converted) pair: 1 when the converted one scores higher, one half when tied.</summary>
    private static double PairCountAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        double wins = 0;
        long pairs = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (!outcomes[i])
                continue;
            for (var j = 0; j < scores.Count; j++)
            {
                if (outcomes[j])
                    continue;
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        return wins / pairs;
    }

    /// <summary>Each lead's share inside the top k: leads above it fill the cut first, its tie group shares what is left equally.</summary>
    private static (double Conversion, double Lift) PlainTop(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes, double fraction)
    {
        var k = fraction * scores.Count;
        double converted = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var above = scores.Count(s => s > scores[i]);
            var tied = scores.Count(s => s == scores[i]);
            var share = Math.Clamp((k - above) / tied, 0, 1);
            if (outcomes[i])
                converted += share;
        }
        var conversion = converted / k;
        return (conversion, conversion / ((double)outcomes.Count(o => o) / scores.Count));
    }
}
