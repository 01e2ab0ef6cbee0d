using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Sql;
using static SalesGraph.Api.Funnel.FactProjection;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// Lead conversion as one command: EF Core translates the filter (lead-source scope included) into the facts (<c>f</c>);
/// <see cref="FunnelSql.LeadConversion"/> groups them by the keys, stage and <see cref="LeadFunnelFlags"/>, and reads the
/// follow-up times the median is taken from. Each (stage, flags) row counts for every figure its flags say (docs/funnel.md).
/// </summary>
public static class LeadConversionQuery
{
    public const string CustomFieldPathParameter = "@customFieldPath";
    public const string NowParameter = "@now";

    private static readonly (string Member, LambdaExpression Value)[] Base =
    [
        Of<Lead, LeadStage>(nameof(LeadFact.Stage), l => l.Stage),
        Of<Lead, int>(nameof(LeadFact.FunnelFlags), l => l.FunnelFlags),
        Of<Lead, DateTime?>(nameof(LeadFact.FollowUpDueAt), l => l.FollowUpDueAt),
        Of<Lead, int?>(nameof(LeadFact.OpportunityId), l => l.OpportunityId),
        Of<Lead, long?>(nameof(LeadFact.FollowUpSeconds), l => l.FollowUpSeconds),
    ];

    /// <summary>Per grouping: the fact column it reads and the key columns it returns (names first, for the order).</summary>
    private static readonly Dictionary<LeadGroup, ((string Member, LambdaExpression Value) Column, string[] Keys)> Groups = new()
    {
        [LeadGroup.Source] = (Of<Lead, LeadSource>(nameof(LeadFact.Source), l => l.Source), ["Source"]),
        [LeadGroup.Grade] = (Of<Lead, LeadGrade?>(nameof(LeadFact.Grade), l => l.Grade), ["Grade"]),
        [LeadGroup.Stage] = (Base[0], ["Stage"]),
        [LeadGroup.RouteTeam] = (Of<Lead, int?>(nameof(LeadFact.RouteTeamId), l => l.RouteTeamId), ["TeamName", "TeamId"]),
        [LeadGroup.Rep] = (Of<Lead, int?>(nameof(LeadFact.AssignedRepId), l => l.AssignedRepId), ["RepName", "RepId"]),
        [LeadGroup.Month] = (Of<Lead, int>(nameof(LeadFact.CreatedMonth), l => l.CreatedMonth), ["Year", "Month"]),
        [LeadGroup.CustomField] = (Of<Lead, string?>(nameof(LeadFact.CustomFields), l => l.CustomFields), ["CustomField"]),
    };

    private static readonly int KeyCount = FunnelSql.LeadKeys.Count;
    private static readonly string[] TextKeys = ["Source", "Grade", "Stage", "CustomField"];

    public static DbCommand CreateCommand(SalesDbContext db, IQueryable<Lead> leads, IReadOnlyList<LeadGroup> groups, string? customField, DateTime now)
    {
        var members = Base.Concat(groups.Select(g => Groups[g].Column)).ToList();
        var order = groups.SelectMany(g => Groups[g].Keys).Distinct().ToList();
        var command = leads.AsNoTracking().Select(Build<Lead, LeadFact>(members)).CreateDbCommand();
        command.CommandText = FunnelSql.LeadConversion(SqlDialect.For(db.Database), command.CommandText, order, order, NowParameter, CustomFieldPathParameter);
        var at = command.CreateParameter();
        at.ParameterName = NowParameter;
        // As EF Core binds a DateTime on each provider (SQLite compares the text it stores).
        at.Value = db.Database.IsSqlite() ? now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : now;
        command.Parameters.Add(at);
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

    private sealed class Tally(LeadConversionKey key)
    {
        public LeadConversionKey Key { get; } = key;
        public int Leads, Mql, Sql, Opportunities, Won, Due, FollowedUp, Breaches;
        public readonly List<long> Seconds = [];
    }

    private static async Task<IReadOnlyList<LeadConversionSegment>> ReadAsync(DbDataReader reader, IReadOnlyList<LeadGroup> groups, CancellationToken cancellationToken)
    {
        // The keys asked for that identify a segment in both results (the names are only in the first).
        var asked = groups.SelectMany(g => Groups[g].Keys).Where(n => !n.EndsWith("Name", StringComparison.Ordinal)).ToHashSet();
        var positions = FunnelSql.LeadKeys.Select((key, i) => (key.Name, i)).Where(x => asked.Contains(x.Name)).Select(x => x.i).ToArray();
        var isText = positions.Select(p => TextKeys.Contains(FunnelSql.LeadKeys[p].Name)).ToArray();
        var tallies = new Dictionary<SegmentId, Tally>();
        var k = KeyCount;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = SegmentId.Read(reader, positions, isText);
            if (!tallies.TryGetValue(id, out var t))
            {
                t = tallies[id] = new Tally(Key(reader, groups));
            }

            var stage = Enum.Parse<LeadStage>(reader.GetString(k));
            var flags = (LeadFunnelFlags)FunnelQuery.Int(reader, k + 1);
            var n = FunnelQuery.Int(reader, k + 2);
            var opportunity = flags.HasFlag(LeadFunnelFlags.HasOpportunity);
            t.Leads += n;
            t.Mql += stage is LeadStage.Mql or LeadStage.Sql || opportunity ? n : 0;
            t.Sql += stage == LeadStage.Sql || opportunity ? n : 0;
            t.Opportunities += opportunity ? n : 0;
            t.Won += (flags.HasFlag(LeadFunnelFlags.Converted) ? n : 0) + FunnelQuery.Int(reader, k + 4);
            t.Due += flags.HasFlag(LeadFunnelFlags.FollowUpDue) ? n : 0;
            t.FollowedUp += flags.HasFlag(LeadFunnelFlags.FollowedUp) ? n : 0;
            t.Breaches += (flags.HasFlag(LeadFunnelFlags.FollowedUpLate) && flags.HasFlag(LeadFunnelFlags.FollowUpDue) ? n : 0) + FunnelQuery.Int(reader, k + 3);
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (tallies.TryGetValue(SegmentId.Read(reader, positions, isText), out var t))
            {
                t.Seconds.Add(reader.GetInt64(k));
            }
        }

        return
        [
            .. tallies.Values.Where(t => t.Leads > 0).Select(t => new LeadConversionSegment(
                t.Key, t.Leads, t.Mql, t.Sql, t.Opportunities, t.Won, t.Due, t.FollowedUp, t.Breaches, FunnelQuery.Durations(t.Seconds, 3600.0).Median)),
        ];
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
