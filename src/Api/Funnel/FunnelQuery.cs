using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sql;
using static SalesGraph.Api.Funnel.FactProjection;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// The funnel as two statements: EF Core translates the <c>where</c> filter and the period into the facts (<c>f</c>);
/// <see cref="FunnelSql.Funnel"/> groups them by the keys and path (stages entered, stage now), and reads the stage durations the
/// average and median days are taken from. Each path row counts for every stage it entered (docs/funnel.md).
/// </summary>
public static class FunnelQuery
{
    private static readonly (string Member, LambdaExpression Value)[] Base =
    [
        Of<Opportunity, int>(nameof(FunnelFact.StagesEntered), o => o.StagesEntered),
        Of<Opportunity, FunnelStage>(nameof(FunnelFact.Stage), o => o.Stage),
        Of<Opportunity, decimal>(nameof(FunnelFact.Amount), o => o.Amount),
        Of<Opportunity, decimal>(nameof(FunnelFact.Probability), o => o.Probability),
        Of<Opportunity, long?>(nameof(FunnelFact.ProspectingSeconds), o => o.ProspectingSeconds),
        Of<Opportunity, long?>(nameof(FunnelFact.EngagingSeconds), o => o.EngagingSeconds),
        Of<Opportunity, long?>(nameof(FunnelFact.ProposalSeconds), o => o.ProposalSeconds),
        Of<Opportunity, long?>(nameof(FunnelFact.NegotiationSeconds), o => o.NegotiationSeconds),
        Of<Opportunity, long?>(nameof(FunnelFact.WonSeconds), o => o.WonSeconds),
        Of<Opportunity, long?>(nameof(FunnelFact.LostSeconds), o => o.LostSeconds),
    ];

    private static readonly (string Member, LambdaExpression Value) Owner = Of<Opportunity, int?>(nameof(FunnelFact.OwnerRepId), o => o.OwnerRepId);
    private static readonly (string Member, LambdaExpression Value) OfAccount = Of<Opportunity, int?>(nameof(FunnelFact.AccountId), o => o.AccountId);
    private static readonly (string Member, LambdaExpression Value) Created = Of<Opportunity, int>(nameof(FunnelFact.CreatedMonth), o => o.CreatedMonth);

    /// <summary>Per grouping: the fact column it reads and the key columns it returns (names first, for the order).</summary>
    private static readonly Dictionary<FunnelGroup, ((string Member, LambdaExpression Value) Column, string[] Keys)> Groups = new()
    {
        [FunnelGroup.Team] = (Owner, ["TeamName", "TeamId"]),
        [FunnelGroup.Rep] = (Owner, ["RepName", "RepId"]),
        [FunnelGroup.Territory] = (OfAccount, ["TerritoryName", "TerritoryId"]),
        [FunnelGroup.Industry] = (OfAccount, ["Industry"]),
        [FunnelGroup.PyramidTier] = (OfAccount, ["PyramidTier"]),
        [FunnelGroup.Month] = (Created, ["Year", "Month"]),
        [FunnelGroup.Quarter] = (Created, ["Year", "Quarter"]),
    };

    private static readonly FunnelStage[] Stages = Enum.GetValues<FunnelStage>();
    private static readonly int KeyCount = FunnelSql.FunnelKeys.Count;

    private static readonly string[] TextKeys = ["Industry", "PyramidTier"];

    /// <summary>The two commands (counts, durations) for <paramref name="opportunities"/> (already filtered) grouped by
    /// <paramref name="groups"/> (and by account when asked), both on the context's connection.</summary>
    public static (DbCommand Counts, DbCommand Durations) CreateCommands(SalesDbContext db, IQueryable<Opportunity> opportunities, IReadOnlyList<FunnelGroup> groups, bool byAccount = false)
    {
        var members = Base.Concat(groups.Select(g => Groups[g].Column)).Concat(byAccount ? [OfAccount] : []).ToList();
        var order = Asked(groups, byAccount);
        var facts = opportunities.AsNoTracking().Select(Build<Opportunity, FunnelFact>(members));
        var (counts, durations) = (facts.CreateDbCommand(), facts.CreateDbCommand());
        var statements = FunnelSql.Funnel(counts.CommandText, order, order);
        (counts.CommandText, durations.CommandText) = (statements.Counts, statements.Durations);
        return (counts, durations);
    }

    /// <summary>The key columns of <paramref name="groups"/>, in the order segments are sorted by.</summary>
    private static List<string> Asked(IReadOnlyList<FunnelGroup> groups, bool byAccount) =>
        (byAccount ? ["AccountId"] : Array.Empty<string>()).Concat(groups.SelectMany(g => Groups[g].Keys)).Distinct().ToList();

    /// <summary>The funnel's segments; with <paramref name="second"/> (another context on the same database) the durations are
    /// read on its connection while the counts are read on <paramref name="db"/>'s.</summary>
    public static async Task<IReadOnlyList<FunnelSegment>> ComputeAsync(
        SalesDbContext db, IQueryable<Opportunity> opportunities, IReadOnlyList<FunnelGroup> groups, bool byAccount, CancellationToken cancellationToken, SalesDbContext? second = null)
    {
        var (counts, durations) = CreateCommands(db, opportunities, groups, byAccount);
        await using (counts)
        await using (durations)
        {
            // The keys asked for that identify a segment in both results (the names are only in the counts).
            var asked = Asked(groups, byAccount).Where(k => !k.EndsWith("Name", StringComparison.Ordinal)).ToHashSet();
            var positions = FunnelSql.FunnelKeys.Select((k, i) => (k.Name, i)).Where(x => asked.Contains(x.Name)).Select(x => x.i).ToArray();
            var isText = positions.Select(p => TextKeys.Contains(FunnelSql.FunnelKeys[p].Name)).ToArray();
            var (tallies, seconds) = await AnalyticsCommands.RunAsync(db, second, counts, durations,
                (reader, ct) => ReadCountsAsync(reader, new SegmentId.Reader(positions, isText), groups, ct),
                (reader, ct) => ReadDurationsAsync(reader, new SegmentId.Reader(positions, isText), ct),
                cancellationToken);
            return [.. tallies.Where(t => t.Value.Opportunities > 0).Select(t => Segment(t.Value, seconds.GetValueOrDefault(t.Key)))];
        }
    }

    /// <summary>A segment as it is summed up from its path rows.</summary>
    private sealed class Tally(FunnelKey key)
    {
        public FunnelKey Key { get; } = key;
        public int Opportunities;
        public decimal Amount;
        public decimal Weighted;
        public readonly int[] Count = new int[Stages.Length];
        public readonly int[] Current = new int[Stages.Length];
        public readonly int[] MovedOn = new int[Stages.Length];
        public readonly int[] ReachedWon = new int[Stages.Length];
        public readonly decimal[] StageAmount = new decimal[Stages.Length];
        public readonly decimal[] StageWeighted = new decimal[Stages.Length];
    }

    private static async Task<Dictionary<SegmentId, Tally>> ReadCountsAsync(DbDataReader reader, SegmentId.Reader ids, IReadOnlyList<FunnelGroup> groups, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<SegmentId, Tally>();
        const int won = 1 << (int)FunnelStage.Won;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = ids.Read(reader);
            if (!tallies.TryGetValue(id, out var tally))
            {
                tally = tallies[id] = new Tally(Key(reader, groups));
            }

            var entered = Int(reader, KeyCount);
            var now = Enum.Parse<FunnelStage>(reader.GetString(KeyCount + 1));
            var n = Int(reader, KeyCount + 2);
            var amount = Money(reader, KeyCount + 3, round: false);
            var weighted = Money(reader, KeyCount + 4, round: false);
            tally.Opportunities += n;
            tally.Amount += amount;
            tally.Weighted += weighted;
            foreach (var stage in Stages.Where(s => (entered & (1 << (int)s)) != 0))
            {
                var k = (int)stage;
                tally.Count[k] += n;
                tally.StageAmount[k] += amount;
                tally.StageWeighted[k] += weighted;
                tally.Current[k] += now == stage ? n : 0;
                // A later stage in the order, Won included and Lost not.
                tally.MovedOn[k] += (entered & (won + won - 1) & ~((2 << k) - 1)) != 0 ? n : 0;
                tally.ReachedWon[k] += (entered & won) != 0 ? n : 0;
            }
        }

        return tallies;
    }

    /// <summary>Per segment and stage the seconds of every opportunity that left the stage.</summary>
    private static async Task<Dictionary<SegmentId, List<long>[]>> ReadDurationsAsync(DbDataReader reader, SegmentId.Reader ids, CancellationToken cancellationToken)
    {
        var seconds = new Dictionary<SegmentId, List<long>[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = ids.Read(reader);
            if (!seconds.TryGetValue(id, out var lists))
            {
                lists = seconds[id] = [.. Stages.Select(_ => new List<long>())];
            }

            for (var k = 0; k < Stages.Length; k++)
            {
                if (!reader.IsDBNull(KeyCount + k))
                {
                    lists[k].Add(reader.GetInt64(KeyCount + k));
                }
            }
        }

        return seconds;
    }

    private static FunnelSegment Segment(Tally t, List<long>[]? seconds)
    {
        var figures = Stages.Select(s =>
        {
            var k = (int)s;
            var open = s is not (FunnelStage.Won or FunnelStage.Lost);
            var (average, median) = seconds is null ? default : Durations(seconds[k], 86_400.0);
            return new FunnelStageFigures(s, t.Count[k], t.Current[k], Math.Round(t.StageAmount[k], 2), Math.Round(t.StageWeighted[k], 2),
                open ? Rate(t.MovedOn[k], t.Count[k]) : null, open ? Rate(t.ReachedWon[k], t.Count[k]) : null, average, median);
        }).ToList();
        return Segment(t.Key, figures, t.Opportunities, Math.Round(t.Amount, 2), Math.Round(t.Weighted, 2));
    }

    /// <summary>The funnel of a segment without opportunities: every stage at zero.</summary>
    public static FunnelSegment Empty(FunnelKey key) =>
        Segment(key, [.. Stages.Select(s => new FunnelStageFigures(s, 0, 0, 0m, 0m, null, null, null, null))], 0, 0m, 0m);

    private static FunnelSegment Segment(FunnelKey key, List<FunnelStageFigures> figures, int opportunities, decimal amount, decimal weighted)
    {
        var won = figures[(int)FunnelStage.Won];
        var lost = figures[(int)FunnelStage.Lost].Count;
        return new FunnelSegment(
            key, opportunities, amount, weighted, figures, won.Count, lost,
            Rate(won.Count, won.Count + lost),
            won.Count == 0 ? null : Math.Round(won.Amount / won.Count, 2));
    }

    /// <summary>Mean and median of <paramref name="seconds"/> in units of <paramref name="unit"/> seconds; null for none. Sorts the list.</summary>
    internal static (double? Average, double? Median) Durations(List<long> seconds, double unit)
    {
        if (seconds.Count == 0)
        {
            return (null, null);
        }

        seconds.Sort();
        var middle = seconds.Count / 2;
        var median = seconds.Count % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2.0;
        return (seconds.Sum(s => (double)s) / seconds.Count / unit, median / unit);
    }

    private static FunnelKey Key(DbDataReader reader, IReadOnlyList<FunnelGroup> groups)
    {
        int? NullableInt(int i) => reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        SegmentRef? Ref(int id, int name) => NullableInt(id) is { } value ? new SegmentRef(value, Text(name)) : null;

        var year = NullableInt(9);
        var month = NullableInt(10);
        var quarter = NullableInt(11);
        var (period, start) = (year, month, quarter) switch
        {
            ({ } y, { } m, _) => ($"{y:D4}-{m:D2}", new DateTime(y, m, 1, 0, 0, 0, DateTimeKind.Utc)),
            ({ } y, _, { } q) => ($"{y:D4}-Q{q}", new DateTime(y, ((q - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            _ => ((string?)null, (DateTime?)null),
        };
        return new FunnelKey(
            groups.Contains(FunnelGroup.Team) ? Ref(1, 2) : null,
            groups.Contains(FunnelGroup.Rep) ? Ref(3, 4) : null,
            groups.Contains(FunnelGroup.Territory) ? Ref(5, 6) : null,
            Text(7),
            Text(8) is { } tier ? Enum.Parse<Data.Accounts.CustomerPyramidTier>(tier) : null,
            period,
            start,
            NullableInt(0));
    }

    internal static int Int(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    internal static decimal Money(DbDataReader reader, int ordinal, bool round = true) =>
        reader.IsDBNull(ordinal) ? 0m : round ? Math.Round(Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture), 2) : Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    internal static double? Double(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    internal static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
