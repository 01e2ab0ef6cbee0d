namespace SalesGraph.Data.Sql;

/// <summary>
/// The hand-written parts of <c>funnel</c> and <c>leadConversion</c> (docs/funnel.md), around the facts EF Core translated (<c>f</c>).
/// Each is two statements (<see cref="AnalyticsStatements"/>): the counts, rolled up from a first GROUP BY over the facts' own
/// columns (the path signature: stages entered and stage now for an opportunity, stage and flags for a lead); and per fact the
/// durations the medians and averages are taken from. They share nothing but the facts, so they can run on two connections at once. Keys are returned in <see cref="FunnelKeys"/> / <see cref="LeadKeys"/> order, NULL when
/// not asked for.
/// </summary>
public static class FunnelSql
{
    private const string Rep = "LEFT JOIN [SalesReps] AS r ON r.[Id] = l.[OwnerRepId]";
    private const string Team = "LEFT JOIN [Teams] AS t ON t.[Id] = r.[TeamId]";
    private const string Account = "LEFT JOIN [Accounts] AS a ON a.[Id] = l.[AccountId]";
    private const string Territory = "LEFT JOIN [Territories] AS y ON y.[Id] = a.[TerritoryId]";
    private const string LeadTeam = "LEFT JOIN [Teams] AS t ON t.[Id] = l.[RouteTeamId]";
    private const string LeadRep = "LEFT JOIN [SalesReps] AS r ON r.[Id] = l.[AssignedRepId]";

    /// <summary>The funnel's keys: name, expression, joins. Names come after ids so segments sort by them.</summary>
    public static readonly IReadOnlyList<AggregateKey> FunnelKeys =
    [
        new("AccountId", "l.[AccountId]"),
        new("TeamId", "r.[TeamId]", Rep),
        new("TeamName", "t.[Name]", Rep, Team),
        new("RepId", "l.[OwnerRepId]"),
        new("RepName", "r.[FullName]", Rep),
        new("TerritoryId", "a.[TerritoryId]", Account),
        new("TerritoryName", "y.[Name]", Account, Territory),
        new("Industry", "a.[Industry]", Account),
        new("PyramidTier", "a.[PyramidTier]", Account),
        new("Year", "l.[CreatedMonth] / 100"),
        new("Month", "l.[CreatedMonth] % 100"),
        new("Quarter", "(l.[CreatedMonth] % 100 + 2) / 3"),
    ];

    /// <summary>The stage-duration columns of an opportunity, in <see cref="Opportunities.FunnelStage"/> order.</summary>
    public static readonly IReadOnlyList<string> StageSeconds =
        [.. Enum.GetValues<Opportunities.FunnelStage>().Select(s => $"{s}Seconds")];

    /// <summary>
    /// The funnel over <paramref name="facts"/> (columns OwnerRepId, AccountId and CreatedMonth where a key reads them, StagesEntered,
    /// Stage, Amount, Probability and the <see cref="StageSeconds"/>) by the keys named in <paramref name="asked"/>. Counts: per
    /// segment and path (StagesEntered, Stage) the count, amount and weighted amount. Durations: per opportunity the keys without
    /// the names and the stage seconds.
    /// </summary>
    public static AnalyticsStatements Funnel(string facts, IReadOnlyCollection<string> asked, IReadOnlyList<string> order)
    {
        var keys = FunnelKeys.Select(k => asked.Contains(k.Name) ? k : null).ToList();
        // In the order of IX_Opportunities_Funnel (owner, month, path), so the first GROUP BY reads the index as it is sorted.
        var columns = new[] { ("OwnerRepId", new[] { "TeamId", "RepId" }), ("AccountId", new[] { "AccountId", "TerritoryId", "Industry", "PyramidTier" }), ("CreatedMonth", new[] { "Year" }) }
            .Where(c => c.Item2.Any(asked.Contains)).Select(c => $"l.[{c.Item1}]").Concat(["l.[StagesEntered]", "l.[Stage]"]).ToList();
        var counts = AggregateSql.RollUp(facts, columns,
            ["COUNT(*) AS [N]", "SUM(l.[Amount]) AS [Amount]", "SUM(l.[Amount] * l.[Probability]) AS [Weighted]"],
            keys, ["l.[StagesEntered]", "l.[Stage]"], ["SUM(l.[N])", "SUM(l.[Amount])", "SUM(l.[Weighted])"],
            order.Select(o => FunnelKeys.Single(k => k.Name == o).Expression).ToList());
        var ids = keys.Select(k => k is { Name: "TeamName" or "RepName" or "TerritoryName" } ? null : k).ToList();
        var durations = AggregateSql.Rows(facts, [], ids, [.. StageSeconds.Select(s => $"l.[{s}]")],
            string.Join(" OR ", StageSeconds.Select(s => $"l.[{s}] IS NOT NULL")));
        return new(counts, durations);
    }

    /// <summary>Lead conversion's keys; CustomField reads the derived column of the JSON (<see cref="LeadConversion"/>).</summary>
    public static readonly IReadOnlyList<AggregateKey> LeadKeys =
    [
        new("Source", "l.[Source]"),
        new("Grade", "l.[Grade]"),
        new("Stage", "l.[Stage]"),
        new("TeamId", "l.[RouteTeamId]"),
        new("TeamName", "t.[Name]", LeadTeam),
        new("RepId", "l.[AssignedRepId]"),
        new("RepName", "r.[FullName]", LeadRep),
        new("Year", "l.[CreatedMonth] / 100"),
        new("Month", "l.[CreatedMonth] % 100"),
        new("CustomField", "l.[CustomField]"),
    ];

    /// <summary>
    /// Lead conversion over <paramref name="facts"/> (the grouped columns, Stage, FunnelFlags, FollowUpDueAt, OpportunityId and
    /// FollowUpSeconds; CustomFields when grouping by a custom field, read at <paramref name="customFieldPath"/>) by the keys
    /// named in <paramref name="asked"/>. Counts: per segment, stage and flags the count, the not followed-up leads whose
    /// deadline passed before <paramref name="nowParameter"/>, and the leads won through their opportunity. Durations: per
    /// followed-up lead the keys without the names and the seconds to the first follow-up.
    /// </summary>
    public static AnalyticsStatements LeadConversion(SqlDialect dialect, string facts, IReadOnlyCollection<string> asked, IReadOnlyList<string> order, string nowParameter, string customFieldPath)
    {
        var keys = LeadKeys.Select(k => asked.Contains(k.Name) ? k : null).ToList();
        var customField = $"{dialect.JsonText("l.[CustomFields]", customFieldPath)} AS [CustomField]";
        // In the order of IX_Leads_Conversion (source, month, stage, flags) where asked.
        var columns = new[] { ("Source", "Source"), ("CreatedMonth", "Year"), ("Grade", "Grade"), ("RouteTeamId", "TeamId"), ("AssignedRepId", "RepId") }
            .Where(c => asked.Contains(c.Item2)).Select(c => $"l.[{c.Item1}]")
            .Concat(asked.Contains("CustomField") ? [customField] : [])
            .Concat(["l.[Stage]", "l.[FunnelFlags]"]).ToList();
        var due = (int)Leads.LeadFunnelFlags.FollowUpDue;
        var followed = (int)Leads.LeadFunnelFlags.FollowedUp;
        var opportunity = (int)Leads.LeadFunnelFlags.HasOpportunity;
        var converted = (int)Leads.LeadFunnelFlags.Converted;
        var counts = AggregateSql.RollUp(facts, columns,
            [
                "COUNT(*) AS [N]",
                $"SUM(CASE WHEN l.[FunnelFlags] & {due + followed} = {due} AND l.[FollowUpDueAt] < {nowParameter} THEN 1 ELSE 0 END) AS [Overdue]",
                $"SUM(CASE WHEN l.[FunnelFlags] & {opportunity + converted} = {opportunity} AND o.[Stage] = '{Opportunities.FunnelStage.Won}' THEN 1 ELSE 0 END) AS [WonByOpportunity]",
            ],
            keys, ["l.[Stage]", "l.[FunnelFlags]"], ["SUM(l.[N])", "SUM(l.[Overdue])", "SUM(l.[WonByOpportunity])"],
            order.Select(o => LeadKeys.Single(k => k.Name == o).Expression).ToList(),
            // The opportunity's stage, looked up only for the leads that have one and are not known converted.
            $"LEFT JOIN [Opportunities] AS o ON o.[Id] = l.[OpportunityId] AND l.[FunnelFlags] & {opportunity + converted} = {opportunity}");
        var ids = keys.Select(k => k is { Name: "TeamName" or "RepName" } ? null : k).ToList();
        var durations = AggregateSql.Rows(facts, asked.Contains("CustomField") ? [customField] : [], ids, ["l.[FollowUpSeconds]"], "l.[FollowUpSeconds] IS NOT NULL");
        return new(counts, durations);
    }

    /// <summary>The pipeline around the open opportunities (<paramref name="facts"/>: YearMonth, TeamId, TeamName, Amount, Probability) with
    /// the team targets from <paramref name="fromMonthParameter"/> on; per month the teams (Part 0), then their total (Part 1).</summary>
    public static string Pipeline(SqlDialect dialect, string facts, string fromMonthParameter) => AggregateSql.Compose(facts,
        [
            ("p", $"""
                SELECT [YearMonth], [TeamId], MAX([TeamName]) AS [TeamName], COUNT(*) AS [Opportunities], SUM([Amount]) AS [Amount],
                    SUM([Amount] * [Probability]) AS [Weighted], NULL AS [Target]
                FROM f
                GROUP BY [YearMonth], [TeamId]
                UNION ALL
                SELECT {dialect.MonthOf("t.[PeriodStart]")}, t.[TeamId], m.[Name], 0, 0, 0, t.[Amount]
                FROM [SalesTargets] AS t
                INNER JOIN [Teams] AS m ON m.[Id] = t.[TeamId]
                WHERE {dialect.MonthOf("t.[PeriodStart]")} >= {fromMonthParameter}
                """),
            ("q", """
                SELECT [YearMonth], [TeamId], MAX([TeamName]) AS [TeamName], SUM([Opportunities]) AS [Opportunities], SUM([Amount]) AS [Amount],
                    SUM([Weighted]) AS [Weighted], SUM([Target]) AS [Target]
                FROM p
                GROUP BY [YearMonth], [TeamId]
                """),
        ],
        """
        SELECT [YearMonth], [TeamId], [TeamName], [Opportunities], [Amount], [Weighted], [Target], 0 AS [Part]
        FROM q
        UNION ALL
        SELECT [YearMonth], NULL, NULL, SUM([Opportunities]), SUM([Amount]), SUM([Weighted]), SUM([Target]), 1
        FROM q
        GROUP BY [YearMonth]
        ORDER BY [YearMonth], [Part] DESC, [TeamName]
        """);
}

