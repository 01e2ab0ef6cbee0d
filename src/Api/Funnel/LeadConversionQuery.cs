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
/// Lead conversion as two statements: EF Core translates the filter (lead-source scope included) into the facts (<c>f</c>);
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

    /// <summary>The two commands (counts, durations) for <paramref name="leads"/> (already filtered), both on the context's connection.</summary>
    public static (DbCommand Counts, DbCommand Durations) CreateCommands(SalesDbContext db, IQueryable<Lead> leads, IReadOnlyList<LeadGroup> groups, string? customField, DateTime now)
    {
        var members = Base.Concat(groups.Select(g => Groups[g].Column)).ToList();
        var order = groups.SelectMany(g => Groups[g].Keys).Distinct().ToList();
        var facts = leads.AsNoTracking().Select(Build<Lead, LeadFact>(members));
        var (counts, durations) = (facts.CreateDbCommand(), facts.CreateDbCommand());
        var statements = FunnelSql.LeadConversion(SqlDialect.For(db.Database), counts.CommandText, order, order, NowParameter, CustomFieldPathParameter);
        (counts.CommandText, durations.CommandText) = (statements.Counts, statements.Durations);
        var at = counts.CreateParameter();
        at.ParameterName = NowParameter;
        // As EF Core binds a DateTime on each provider (SQLite compares the text it stores).
        at.Value = db.Database.IsSqlite() ? now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : now;
        counts.Parameters.Add(at);
        if (customField is not null)
        {
            foreach (var command in new[] { counts, durations })
            {
                var path = command.CreateParameter();
                path.ParameterName = CustomFieldPathParameter;
                path.Value = $"$.\"{customField}\"";
                command.Parameters.Add(path);
            }
        }

        return (counts, durations);
    }

    /// <summary>The segments; with <paramref name="second"/> (another context on the same database) the follow-up times are read
    /// on its connection while the counts are read on <paramref name="db"/>'s.</summary>
    public static async Task<IReadOnlyList<LeadConversionSegment>> ComputeAsync(
        SalesDbContext db, IQueryable<Lead> leads, IReadOnlyList<LeadGroup> groups, string? customField, DateTime now, CancellationToken cancellationToken, SalesDbContext? second = null)
    {
        var (counts, durations) = CreateCommands(db, leads, groups, customField, now);
        await using (counts)
        await using (durations)
        {
            // The keys asked for that identify a segment in both results (the names are only in the counts).
            var asked = groups.SelectMany(g => Groups[g].Keys).Where(n => !n.EndsWith("Name", StringComparison.Ordinal)).ToHashSet();
            var positions = FunnelSql.LeadKeys.Select((key, i) => (key.Name, i)).Where(x => asked.Contains(x.Name)).Select(x => x.i).ToArray();
            var isText = positions.Select(p => TextKeys.Contains(FunnelSql.LeadKeys[p].Name)).ToArray();
            var (tallies, seconds) = await AnalyticsCommands.RunAsync(db, second, counts, durations,
                (reader, ct) => ReadCountsAsync(reader, new SegmentId.Reader(positions, isText), groups, ct),
                (reader, ct) => ReadDurationsAsync(reader, new SegmentId.Reader(positions, isText), ct),
                cancellationToken);
            return [.. tallies.Where(t => t.Value.Leads > 0).Select(t => Segment(t.Value, seconds.GetValueOrDefault(t.Key)))];
        }
    }

    private static LeadConversionSegment Segment(Tally t, List<long>? seconds) => new(
        t.Key, t.Leads, t.Mql, t.Sql, t.Opportunities, t.Won, t.Due, t.FollowedUp, t.Breaches,
        seconds is null ? null : FunnelQuery.Durations(seconds, 3600.0).Median);

    private sealed class Tally(LeadConversionKey key)
    {
        public LeadConversionKey Key { get; } = key;
        public int Leads, Mql, Sql, Opportunities, Won, Due, FollowedUp, Breaches;
    }

    private static async Task<Dictionary<SegmentId, Tally>> ReadCountsAsync(DbDataReader reader, SegmentId.Reader ids, IReadOnlyList<LeadGroup> groups, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<SegmentId, Tally>();
        var k = KeyCount;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = ids.Read(reader);
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

        return tallies;
    }

    /// <summary>Per segment the seconds to the first follow-up of every followed-up lead.</summary>
    private static async Task<Dictionary<SegmentId, List<long>>> ReadDurationsAsync(DbDataReader reader, SegmentId.Reader ids, CancellationToken cancellationToken)
    {
        var seconds = new Dictionary<SegmentId, List<long>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = ids.Read(reader);
            if (!seconds.TryGetValue(id, out var times))
            {
                times = seconds[id] = [];
            }

            times.Add(reader.GetInt64(KeyCount));
        }

        return seconds;
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
