namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Population stability index of a score between two samples (train as the reference, test as the new one).</summary>
public static class PopulationStability
{
    /// <summary>Bins at the reference side's deciles (edges are score values, so a tie group stays in one bin: fewer than ten bins
    /// where scores are coarse); PSI = Σ (test share − train share) × ln(test share / train share), an empty share counted as 0.0001.
    /// Under 0.1 is usually read as stable, over 0.25 as a shift. Null when a side is empty.</summary>
    public static double? Psi(IReadOnlyList<double> reference, IReadOnlyList<double> sample)
    {
        if (reference.Count == 0 || sample.Count == 0)
            return null;
        var sorted = reference.ToArray();
        Array.Sort(sorted);
        var edges = Enumerable.Range(1, 9).Select(d => sorted[(int)((long)(sorted.Length - 1) * d / 10)]).Distinct().ToArray();
        var expected = Shares(reference, edges);
        var actual = Shares(sample, edges);
        double psi = 0;
        for (var b = 0; b < expected.Length; b++)
        {
            var e = Math.Max(expected[b], 1e-4);
            var a = Math.Max(actual[b], 1e-4);
            psi += (a - e) * Math.Log(a / e);
        }
        return psi;
    }

    /// <summary>Bin b holds scores above edge b − 1 and at most edge b; the last bin everything above the last edge.</summary>
    private static double[] Shares(IReadOnlyList<double> scores, double[] edges)
    {
        var counts = new double[edges.Length + 1];
        foreach (var score in scores)
        {
            var bin = Array.BinarySearch(edges, score);
            counts[bin >= 0 ? bin : ~bin]++;
        }
        for (var b = 0; b < counts.Length; b++)
            counts[b] /= scores.Count;
        return counts;
    }
}
