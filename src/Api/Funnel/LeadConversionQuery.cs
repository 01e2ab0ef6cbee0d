using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using static SalesGraph.Api.Funnel.FactProjection;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// Lead conversion as one SQL statement: EF Core translates the filter, the flags and the grouping columns (<c>f</c>); the
/// hand-written part groups them, and a second branch (UNION ALL) numbers the followed-up leads per segment for the median.
/// </summary>
public static class LeadConversionQuery
{
    public const string CustomFieldPathParameter = "@customFieldPath";

    private static readonly Dictionary<LeadGroup, (string Member, LambdaExpression Value)[]> Groups = new()
    {
        [LeadGroup.Source] = [Of<Lead, LeadSource?>(nameof(LeadFact.Source), l => l.Source)],
        [LeadGroup.Grade] = [Of<Lead, LeadGrade?>(nameof(LeadFact.Grade), l => l.Grade)],
        [LeadGroup.Stage] = [Of<Lead, LeadStage?>(nameof(LeadFact.Stage), l => l.Stage)],
        [LeadGroup.RouteTeam] = [Of<Lead, int?>(nameof(LeadFact.TeamId), l => l.RouteTeamId), Of<Lead, string?>(nameof(LeadFact.TeamName), l => l.RouteTeam!.Name)],
        [LeadGroup.Rep] = [Of<Lead, int?>(nameof(LeadFact.RepId), l => l.AssignedRepId), Of<Lead, string?>(nameof(LeadFact.RepName), l => l.AssignedRep!.FullName)],
        [LeadGroup.Month] = [Of<Lead, int?>(nameof(LeadFact.Year), l => l.CreatedAt.Year), Of<Lead, int?>(nameof(LeadFact.Month), l => l.CreatedAt.Month)],
        [LeadGroup.CustomField] = [Of<Lead, string?>(nameof(LeadFact.CustomFields), l => l.CustomFields)],
    };

    private const string CustomField = "CustomField";

    /// <summary>Every key column in the order the statement returns them; CustomField is computed from the JSON column.</summary>
    private static readonly string[] KeyColumns =
    [
        nameof(LeadFact.Source), nameof(LeadFact.Grade), nameof(LeadFact.Stage), nameof(LeadFact.TeamId), nameof(LeadFact.TeamName),
        nameof(LeadFact.RepId), nameof(LeadFact.RepName), nameof(LeadFact.Year), nameof(LeadFact.Month), CustomField,
    ];

    public static DbCommand CreateCommand(SalesDbContext db, IQueryable<Lead> leads, IReadOnlyList<LeadGroup> groups, string? customField, DateTime now)
    {
        (string Member, LambdaExpression Value)[] flags =
        [
            Of<Lead, bool>(nameof(LeadFact.IsMql), l => l.Stage == LeadStage.Mql || l.Stage == LeadStage.Sql || l.OpportunityId != null),
            Of<Lead, bool>(nameof(LeadFact.IsSql), l => l.Stage == LeadStage.Sql || l.OpportunityId != null),
            Of<Lead, bool>(nameof(LeadFact.HasOpportunity), l => l.OpportunityId != null),
            Of<Lead, bool>(nameof(LeadFact.IsWon), l => l.Converted == true || l.Opportunity!.Stage == FunnelStage.Won),
            Of<Lead, bool>(nameof(LeadFact.IsBreach), l => l.FollowUpDueAt != null
                && ((l.FirstFollowUpAt != null && l.FirstFollowUpAt > l.FollowUpDueAt) || (l.FirstFollowUpAt == null && l.FollowUpDueAt < now))),
            Of<Lead, DateTime>(nameof(LeadFact.CreatedAt), l => l.CreatedAt),
            Of<Lead, DateTime?>(nameof(LeadFact.FirstFollowUpAt), l => l.FirstFollowUpAt),
            Of<Lead, DateTime?>(nameof(LeadFact.FollowUpDueAt), l => l.FollowUpDueAt),
        ];
        var members = flags.Concat(groups.SelectMany(g => Groups[g])).ToList();
        var keys = KeyColumns.Where(k => members.Any(m => m.Member == k) || (k == CustomField && groups.Contains(LeadGroup.CustomField))).ToList();
        var order = groups.SelectMany(g => g == LeadGroup.CustomField ? [CustomField] : Groups[g] is [var id, var name] && name.Member.EndsWith("Name", StringComparison.Ordinal) ? [name.Member, id.Member] : Groups[g].Select(m => m.Member)).ToList();

        var command = leads.AsNoTracking().Select(Build<Lead, LeadFact>(members)).CreateDbCommand();
        var dialect = SqlDialect.For(db);
        command.CommandText = Wrap(command.CommandText, keys, order, dialect);
        if (customField is not null)
        {
            var path = command.CreateParameter();
            path.ParameterName = CustomFieldPathParameter;
            path.Value = $"$.\"{customField}\"";
            command.Parameters.Add(path);
        }

        return command;
    }

    public static async Task<IReadOnlyList<LeadConversionSegment>> ComputeAsync(
        SalesDbContext db, IQueryable<Lead> leads, IReadOnlyList<LeadGroup> groups, string? customField, DateTime now, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(db, leads, groups, customField, now);
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
        var output = string.Join(", ", KeyColumns.Select(k => keys.Contains(k) ? $"[{k}]" : $"NULL AS [{k}]"));
        var groupBy = keys.Count == 0 ? "" : "\nGROUP BY " + string.Join(", ", keys.Select(k => $"[{k}]"));
        var partition = keys.Count == 0 ? "" : "PARTITION BY " + string.Join(", ", keys.Select(k => $"[{k}]")) + " ";
        var customField = keys.Contains(CustomField) ? $", {dialect.JsonText("f.[CustomFields]", CustomFieldPathParameter)} AS [{CustomField}]" : "";
        var hours = dialect.HoursBetween("f.[CreatedAt]", "f.[FirstFollowUpAt]");
        var sql = $"""
            WITH f AS (
            {facts}
            ),
            g AS (
                SELECT f.*, {hours} AS [Hours]{customField}
                FROM f
            ),
            t AS (
                SELECT g.*, ROW_NUMBER() OVER ({partition}ORDER BY [Hours]) AS [Rank], COUNT(*) OVER ({partition.TrimEnd()}) AS [Timed]
                FROM g
                WHERE [Hours] IS NOT NULL
            )
            SELECT {output}, 0 AS [Part], COUNT(*) AS [Leads],
                SUM(CASE WHEN [IsMql] = 1 THEN 1 ELSE 0 END) AS [Mql],
                SUM(CASE WHEN [IsSql] = 1 THEN 1 ELSE 0 END) AS [Sql],
                SUM(CASE WHEN [HasOpportunity] = 1 THEN 1 ELSE 0 END) AS [Opportunities],
                SUM(CASE WHEN [IsWon] = 1 THEN 1 ELSE 0 END) AS [Won],
                COUNT([FollowUpDueAt]) AS [Due],
                COUNT([FirstFollowUpAt]) AS [FollowedUp],
                SUM(CASE WHEN [IsBreach] = 1 THEN 1 ELSE 0 END) AS [Breaches],
                NULL AS [MedianHours]
            FROM g{groupBy}
            UNION ALL
            SELECT {output}, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                AVG(CASE WHEN [Rank] IN (([Timed] + 1) / 2, ([Timed] + 2) / 2) THEN [Hours] END)
            FROM t{groupBy}
            """;
        return order.Count == 0 ? sql : sql + "\nORDER BY " + string.Join(", ", order.Select(k => $"[{k}]")) + ", [Part]";
    }

    private static async Task<IReadOnlyList<LeadConversionSegment>> ReadAsync(DbDataReader reader, IReadOnlyList<LeadGroup> groups, CancellationToken cancellationToken)
    {
        var segments = new Dictionary<LeadConversionKey, LeadConversionSegment>();
        var medians = new Dictionary<LeadConversionKey, double?>();
        var k = KeyColumns.Length;
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = Key(reader, groups);
            if (FunnelQuery.Int(reader, k) == 1)
            {
                medians[key] = FunnelQuery.Double(reader, k + 9);
                continue;
            }

            if (FunnelQuery.Int(reader, k + 1) == 0)
            {
                continue;
            }

            segments[key] = new LeadConversionSegment(key,
                FunnelQuery.Int(reader, k + 1), FunnelQuery.Int(reader, k + 2), FunnelQuery.Int(reader, k + 3), FunnelQuery.Int(reader, k + 4),
                FunnelQuery.Int(reader, k + 5), FunnelQuery.Int(reader, k + 6), FunnelQuery.Int(reader, k + 7), FunnelQuery.Int(reader, k + 8), null);
        }

        return segments.Values.Select(s => medians.TryGetValue(s.Key, out var median) ? s with { MedianHoursToFirstFollowUp = median } : s).ToList();
    }

    private static LeadConversionKey Key(DbDataReader reader, IReadOnlyList<LeadGroup> groups)
    {
        int? NullableInt(int i) => reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
        string? Text(int i) => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
        TEnum? Enum<TEnum>(int i)
            where TEnum : struct, System.Enum => Text(i) is { } text ? System.Enum.Parse<TEnum>(text) : null;
        SegmentRef? Ref(int id, int name) => NullableInt(id) is { } value ? new SegmentRef(value, Text(name)) : null;

        var (year, month) = (NullableInt(7), NullableInt(8));
        return new LeadConversionKey(
            Enum<LeadSource>(0),
            Enum<LeadGrade>(1),
            Enum<LeadStage>(2),
            groups.Contains(LeadGroup.RouteTeam) ? Ref(3, 4) : null,
            groups.Contains(LeadGroup.Rep) ? Ref(5, 6) : null,
            year is { } y && month is { } m ? $"{y:D4}-{m:D2}" : null,
            year is { } y2 && month is { } m2 ? new DateTime(y2, m2, 1, 0, 0, 0, DateTimeKind.Utc) : null,
            Text(9));
    }
}
