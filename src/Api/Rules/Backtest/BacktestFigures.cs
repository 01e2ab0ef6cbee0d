using System.Globalization;

namespace SalesGraph.Api.Rules.Backtest;

/// <summary>How well one version's scores separate leads that converted from those that did not, and how its stages and routes convert.</summary>
/// <param name="ByDecile">Decile 1 holds the top-scoring tenth (whole leads: a tie group on a decile boundary is split in id order).</param>
/// <param name="TopDecileLift">Conversion in the top 10 % over the overall rate, ties on the cut pro rata (the same as <see cref="LiftAtTop10"/>).</param>
public sealed record BacktestFigures(int Version, int Evaluated, int Positives, double? Auc, IReadOnlyList<ConversionRate> ByGrade, IReadOnlyList<ConversionRate> ByDecile, double? TopDecileLift)
{
    public IReadOnlyList<ConversionRate> ByStage { get; init; } = [];

    public IReadOnlyList<ConversionRate> ByRoute { get; init; } = [];

    /// <summary>95 % DeLong interval of <see cref="Auc"/>.</summary>
    public double? AucLower { get; init; }

    public double? AucUpper { get; init; }

    /// <summary>2 × AUC − 1.</summary>
    public double? Gini { get; init; }

    public double? ConversionAtTop10 { get; init; }

    public double? LiftAtTop10 { get; init; }

    public double? Ks { get; init; }

    public int DistinctScores { get; init; }

    /// <summary>With a split: the same figures over the train and the test side, and the PSI of the score between them.</summary>
    public BacktestFigures? Train { get; init; }

    public BacktestFigures? Test { get; init; }

    public double? ScorePsi { get; init; }

    public IReadOnlyList<RocPoint> Roc { get; init; } = [];

    public static BacktestFigures From(int version, IReadOnlyList<BacktestLead> leads)
    {
        var scores = new double[leads.Count];
        var outcomes = new bool[leads.Count];
        // Highest score first; equal scores keep id order, so a decile boundary may split a tie: one sort of (−score, position) keys
        // (the score in the high 32 bits, signed, the position in the low ones).
        var keys = new long[leads.Count];
        for (var i = 0; i < leads.Count; i++)
        {
            scores[i] = leads[i].Score;
            outcomes[i] = leads[i].Converted;
            keys[i] = (-(long)leads[i].Score << 32) | (uint)i;
        }
        var ranking = ScoreRanking.From(scores, outcomes);
        var auc = ranking.Auc();
        var interval = ranking.AucInterval();
        var (top, lift) = ranking.Top(0.1);
        Array.Sort(keys);
        var byDecile = Enumerable.Range(0, 10).Select(d =>
        {
            var (first, end) = (keys.Length * d / 10, keys.Length * (d + 1) / 10);
            var converted = 0;
            for (var k = first; k < end; k++)
                converted += outcomes[(int)(keys[k] & uint.MaxValue)] ? 1 : 0;
            return new ConversionRate((d + 1).ToString(CultureInfo.InvariantCulture), end - first, converted);
        }).ToList();
        return new BacktestFigures(version, leads.Count, ranking.Positives, auc, Rates(leads, l => l.Grade), byDecile, lift)
        {
            ByStage = Rates(leads, l => l.Stage),
            ByRoute = Rates(leads, l => l.Route),
            AucLower = interval?.Lower,
            AucUpper = interval?.Upper,
            Gini = auc is { } a ? 2 * a - 1 : null,
            ConversionAtTop10 = top,
            LiftAtTop10 = lift,
            Ks = ranking.Ks(),
            DistinctScores = ranking.DistinctScores,
            Roc = ranking.Roc(),
        };
    }

    /// <summary>Figures over all the leads, with the train and test sides (<see cref="BacktestLead.Test"/>) and the score's PSI.</summary>
    public static BacktestFigures FromSplit(int version, IReadOnlyList<BacktestLead> leads)
    {
        var train = leads.Where(l => !l.Test).ToList();
        var test = leads.Where(l => l.Test).ToList();
        return From(version, leads) with
        {
            Train = From(version, train),
            Test = From(version, test),
            ScorePsi = PopulationStability.Psi([.. train.Select(l => (double)l.Score)], [.. test.Select(l => (double)l.Score)]),
        };
    }

    private static List<ConversionRate> Rates(IReadOnlyList<BacktestLead> leads, Func<BacktestLead, string> group) =>
        [.. leads.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ConversionRate(g.Key, g.Count(), g.Count(l => l.Converted)))];
}
