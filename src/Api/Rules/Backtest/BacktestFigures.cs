namespace SalesGraph.Api.Rules.Backtest;

/// <summary>How well one version's scores separate leads that converted from those that did not, and how its stages and routes convert.</summary>
/// <param name="ByDecile">Decile 1 holds the top-scoring tenth.</param>
/// <param name="TopDecileLift">Conversion rate of decile 1 over the overall rate.</param>
public sealed record BacktestFigures(int Version, int Evaluated, int Positives, double? Auc, IReadOnlyList<ConversionRate> ByGrade, IReadOnlyList<ConversionRate> ByDecile, double? TopDecileLift)
{
    public IReadOnlyList<ConversionRate> ByStage { get; init; } = [];

    public IReadOnlyList<ConversionRate> ByRoute { get; init; } = [];

    public IReadOnlyList<RocPoint> Roc { get; init; } = [];

    public static BacktestFigures From(int version, IReadOnlyList<BacktestLead> leads)
    {
        var positives = leads.Count(l => l.Converted);
        var auc = RocAuc.Compute([.. leads.Select(l => (double)l.Score)], [.. leads.Select(l => l.Converted)]);
        // Highest score first; equal scores keep id order, so a decile boundary may split a tie.
        var ranked = leads.Select((l, i) => (l, i)).OrderByDescending(x => x.l.Score).ThenBy(x => x.i).Select(x => x.l).ToList();
        var byDecile = Enumerable.Range(0, 10).Select(d =>
        {
            var slice = ranked.Skip(ranked.Count * d / 10).Take(ranked.Count * (d + 1) / 10 - ranked.Count * d / 10).ToList();
            return new ConversionRate((d + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), slice.Count, slice.Count(l => l.Converted));
        }).ToList();
        double? lift = positives == 0 || byDecile[0].Leads == 0 ? null : byDecile[0].Rate / ((double)positives / leads.Count);
        return new BacktestFigures(version, leads.Count, positives, auc, Rates(leads, l => l.Grade), byDecile, lift)
        {
            ByStage = Rates(leads, l => l.Stage),
            ByRoute = Rates(leads, l => l.Route),
            Roc = RocCurve.From([.. leads.Select(l => (double)l.Score)], [.. leads.Select(l => l.Converted)]),
        };
    }

    private static List<ConversionRate> Rates(IReadOnlyList<BacktestLead> leads, Func<BacktestLead, string> group) =>
        [.. leads.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ConversionRate(g.Key, g.Count(), g.Count(l => l.Converted)))];
}
