using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;
using static SalesGraph.Api.Funnel.FactProjection;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// The funnel as one SQL statement: EF Core translates the <c>where</c> filter, the period and the grouping columns into the
/// inner query (<c>f</c>); around it, hand-written SQL joins the stage history and groups by the keys and stage, with the
/// median from ROW_NUMBER/COUNT windows. The same text runs on SQLite and SQL Server (<see cref="SqlDialect"/> for days).
/// </summary>
public static class FunnelQuery
{
    private static readonly (string Member, LambdaExpression Value)[] Base =
    [
        Of<Opportunity, int>(nameof(FunnelFact.Id), o => o.Id),
        Of<Opportunity, decimal>(nameof(FunnelFact.Amount), o => o.Amount),
        Of<Opportunity, decimal>(nameof(FunnelFact.Probability), o => o.Probability),
        Of<Opportunity, FunnelStage>(nameof(FunnelFact.CurrentStage), o => o.Stage),
    ];

    private static readonly (string Member, LambdaExpression Value)[] ByAccount = [Of<Opportunity, int?>(nameof(FunnelFact.AccountId), o => o.AccountId)];

    private static readonly Dictionary<FunnelGroup, (string Member, LambdaExpression Value)[]> Groups = new()
    {
        [FunnelGroup.Team] = [Of<Opportunity, int?>(nameof(FunnelFact.TeamId), o => (int?)o.OwnerRep!.TeamId), Of<Opportunity, string?>(nameof(FunnelFact.TeamName), o => o.OwnerRep!.Team!.Name)],
        [FunnelGroup.Rep] = [Of<Opportunity, int?>(nameof(FunnelFact.RepId), o => o.OwnerRepId), Of<Opportunity, string?>(nameof(FunnelFact.RepName), o => o.OwnerRep!.FullName)],
        [FunnelGroup.Territory] = [Of<Opportunity, int?>(nameof(FunnelFact.TerritoryId), o => o.Account!.TerritoryId), Of<Opportunity, string?>(nameof(FunnelFact.TerritoryName), o => o.Account!.Territory!.Name)],
        [FunnelGroup.Industry] = [Of<Opportunity, string?>(nameof(FunnelFact.Industry), o => o.Account!.Industry)],
        [FunnelGroup.PyramidTier] = [Of<Opportunity, CustomerPyramidTier?>(nameof(FunnelFact.PyramidTier), o => o.Account!.PyramidTier)],
        [FunnelGroup.Month] = [Of<Opportunity, int?>(nameof(FunnelFact.Year), o => o.CreatedAt.Year), Of<Opportunity, int?>(nameof(FunnelFact.Month), o => o.CreatedAt.Month)],
        [FunnelGroup.Quarter] = [Of<Opportunity, int?>(nameof(FunnelFact.Year), o => o.CreatedAt.Year), Of<Opportunity, int?>(nameof(FunnelFact.Quarter), o => (o.CreatedAt.Month + 2) / 3)],
    };

    /// <summary>Every key column, in the order the statement returns them (null for a grouping not asked for).</summary>
    private static readonly string[] KeyColumns =
    [
        nameof(FunnelFact.AccountId), nameof(FunnelFact.TeamId), nameof(FunnelFact.TeamName), nameof(FunnelFact.RepId), nameof(FunnelFact.RepName),
        nameof(FunnelFact.TerritoryId), nameof(FunnelFact.TerritoryName), nameof(FunnelFact.Industry), nameof(FunnelFact.PyramidTier),
        nameof(FunnelFact.Year), nameof(FunnelFact.Month), nameof(FunnelFact.Quarter),
    ];

    private static readonly FunnelStage[] Stages = Enum.GetValues<FunnelStage>();

    /// <summary>The statement for <paramref name="opportunities"/> (already filtered) grouped by <paramref name="groups"/> (and by account when asked).</summary>
    public static DbCommand CreateCommand(SalesDbContext db, IQueryable<Opportunity> opportunities, IReadOnlyList<FunnelGroup> groups, bool byAccount = false)
    {
        var members = Base.Concat(byAccount ? ByAccount : []).Concat(groups.SelectMany(g => Groups[g])).ToList();
        var keys = KeyColumns.Where(k => members.Any(m => m.Member == k)).ToList();
        var command = opportunities.AsNoTracking().Select(Build<Opportunity, FunnelFact>(members)).CreateDbCommand();
        // Segments in the order of the groupings asked for: names before ids, so teams and reps sort alphabetically.
        var order = (byAccount ? ByAccount : []).Concat(groups.SelectMany(g => Groups[g] is [var id, var name] && name.Member.EndsWith("Name", StringComparison.Ordinal) ? [name, id] : Groups[g])).Select(m => m.Member).Distinct().ToList();
        command.CommandText = Wrap(command.CommandText, keys, order, SqlDialect.For(db));
        return command;
    }

    public static async Task<IReadOnlyList<FunnelSegment>> ComputeAsync(
        SalesDbContext db, IQueryable<Opportunity> opportunities, IReadOnlyList<FunnelGroup> groups, bool byAccount, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(db, opportunities, groups, byAccount);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await ReadAsync(reader, groups, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Wrap(string facts, IReadOnlyList<string> keys, IReadOnlyList<string> order, SqlDialect dialect)
    {
        var fKeys = string.Concat(keys.Select(k => $"f.[{k}], "));
        var wKeys = string.Concat(keys.Select(k => $"[{k}], "));
        var partition = string.Concat(keys.Select(k => $"f.[{k}], ")) + "s.[Stage]";
        var output = string.Join(", ", KeyColumns.Select(k => keys.Contains(k) ? $"[{k}]" : $"NULL AS [{k}]"));
        var days = dialect.DaysBetween("h.[EnteredAt]", "h.[LeftAt]");
        var won = Array.IndexOf(Stages, FunnelStage.Won);
        var sql = new StringBuilder();
        sql.Append("WITH f AS (\n").Append(facts).Append("\n),\n");
        // One row per opportunity and stage it entered: time spent in it summed over its completed stays.
        sql.Append($"""
            s AS (
                SELECT h.[OpportunityId] AS [Id], h.[Stage], SUM({days}) AS [Days]
                FROM [OpportunityStageHistory] AS h
                WHERE h.[OpportunityId] IN (SELECT [Id] FROM f)
                GROUP BY h.[OpportunityId], h.[Stage]
            ),
            r AS (
                SELECT [Id], MAX(CASE WHEN [Stage] <> '{nameof(FunnelStage.Lost)}' THEN {Ordinal("[Stage]")} END) AS [Reached]
                FROM s
                GROUP BY [Id]
            ),
            w AS (
                SELECT {fKeys}s.[Stage], f.[Amount], f.[Probability], f.[CurrentStage], s.[Days], r.[Reached],
                    ROW_NUMBER() OVER (PARTITION BY {partition} ORDER BY s.[Days]) AS [Rank],
                    COUNT(s.[Days]) OVER (PARTITION BY {partition}) AS [Timed],
                    COUNT(*) OVER (PARTITION BY {partition}) AS [Rows]
                FROM s
                INNER JOIN f ON f.[Id] = s.[Id]
                INNER JOIN r ON r.[Id] = s.[Id]
            )
            SELECT {output}, [Stage], COUNT(*) AS [Entered], SUM([Amount]) AS [Amount], SUM([Amount] * [Probability]) AS [Weighted],
                SUM(CASE WHEN [Reached] > {Ordinal("[Stage]")} THEN 1 ELSE 0 END) AS [MovedOn],
                SUM(CASE WHEN [Reached] = {won} THEN 1 ELSE 0 END) AS [ReachedWon],
                SUM(CASE WHEN [CurrentStage] = [Stage] THEN 1 ELSE 0 END) AS [Now],
                AVG([Days]) AS [AverageDays],
                AVG(CASE WHEN [Days] IS NOT NULL AND [Rank] - ([Rows] - [Timed]) IN (([Timed] + 1) / 2, ([Timed] + 2) / 2) THEN [Days] END) AS [MedianDays]
            FROM w
            GROUP BY {wKeys}[Stage]
            UNION ALL
            SELECT {output}, NULL AS [Stage], COUNT(*), SUM([Amount]), SUM([Amount] * [Probability]), 0, 0, 0, NULL, NULL
            FROM f
            """);
        if (keys.Count > 0)
        {
            sql.Append("\nGROUP BY ").Append(string.Join(", ", keys.Select(k => $"[{k}]")));
            sql.Append("\nORDER BY ").Append(string.Join(", ", order.Select(k => $"[{k}]")));
        }

        return sql.ToString();
    }

    private static string Ordinal(string column) =>
        $"CASE {column} " + string.Concat(Stages.Select((s, i) => $"WHEN '{s}' THEN {i} ")) + "END";

    private static async Task<IReadOnlyList<FunnelSegment>> ReadAsync(DbDataReader reader, IReadOnlyList<FunnelGroup> groups, CancellationToken cancellationToken)
    {
        var segments = new Dictionary<FunnelKey, (Dictionary<FunnelStage, FunnelStageFigures> Stages, object?[]? Total)>();
        var keyCount = KeyColumns.Length;
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = Key(reader, groups);
            if (!segments.TryGetValue(key, out var segment))
            {
                segment = ([], null);
            }

            if (reader.IsDBNull(keyCount))
            {
                segments[key] = (segment.Stages, [Int(reader, keyCount + 1), Money(reader, keyCount + 2), Money(reader, keyCount + 3)]);
                continue;
            }

            var stage = Enum.Parse<FunnelStage>(reader.GetString(keyCount));
            var entered = Int(reader, keyCount + 1);
            var open = stage is not (FunnelStage.Won or FunnelStage.Lost);
            segment.Stages[stage] = new FunnelStageFigures(
                stage,
                entered,
                Int(reader, keyCount + 6),
                Money(reader, keyCount + 2),
                Money(reader, keyCount + 3),
                open ? Rate(Int(reader, keyCount + 4), entered) : null,
                open ? Rate(Int(reader, keyCount + 5), entered) : null,
                Double(reader, keyCount + 7),
                Double(reader, keyCount + 8));
            segments[key] = segment;
        }

        return segments
            .Where(s => s.Value.Total is [int count, ..] && count > 0)
            .Select(s => Segment(s.Key, s.Value.Stages, s.Value.Total!))
            .ToList();
    }

    /// <summary>The funnel of a segment without opportunities: every stage at zero.</summary>
    public static FunnelSegment Empty(FunnelKey key) => Segment(key, [], [0, 0m, 0m]);

    private static FunnelSegment Segment(FunnelKey key, Dictionary<FunnelStage, FunnelStageFigures> stages, object?[] total)
    {
        var figures = Stages.Select(s => stages.GetValueOrDefault(s) ?? new FunnelStageFigures(s, 0, 0, 0m, 0m, null, null, null, null)).ToList();
        var won = figures[(int)FunnelStage.Won];
        var lost = figures[(int)FunnelStage.Lost].Count;
        return new FunnelSegment(
            key, (int)total[0]!, (decimal)total[1]!, (decimal)total[2]!, figures, won.Count, lost,
            Rate(won.Count, won.Count + lost),
            won.Count == 0 ? null : Math.Round(won.Amount / won.Count, 2));
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
            Text(8) is { } tier ? Enum.Parse<CustomerPyramidTier>(tier) : null,
            period,
            start,
            NullableInt(0));
    }

    internal static int Int(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    internal static decimal Money(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0m : Math.Round(Convert.ToDecimal(reader.GetValue(ordinal), CultureInfo.InvariantCulture), 2);

    internal static double? Double(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    internal static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
