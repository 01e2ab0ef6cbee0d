using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Funnel;

namespace SalesGraph.Benchmarks.Funnel;

/// <summary>
/// funnel by team and quarter and leadConversion by source and month over 100,000 opportunities (with their stage history) and
/// 500,000 leads in SQLite: the GraphQL request through the whole HTTP pipeline against the same figures from a hand-written
/// GROUP BY statement run on a connection to the same file.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FunnelBenchmarks
{
    public const string FunnelQuery = "{ funnel(groupBy: [TEAM, QUARTER]) { segments { key { team { name } period } opportunities won lost winRate averageDealSize stages { stage count current amount weightedAmount conversionToNext conversionToWon averageDaysInStage medianDaysInStage } } } }";
    public const string LeadQuery = "{ leadConversion(groupBy: [SOURCE, MONTH]) { segments { key { source period } leads mql sql opportunities won mqlRate sqlRate opportunityRate winRate followUpsDue followedUp slaBreaches medianHoursToFirstFollowUp } } }";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-funnel-bench-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factory = BenchmarkHost.Create(_path, builder =>
        {
            // The first request of a cold process on a busy machine must not hit the 15 s execution timeout.
            builder.UseSetting("Security:Limits:ExecutionTimeout", "00:05:00");
        });
        _client = BenchmarkHost.Client(_factory, Roles.Reader);
        _connection = new SqliteConnection($"Data Source={_path}");
        _connection.Open();
        GeneratedSales.Build(100_000, 500_000).Write(_connection);
        using (var analyze = _connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            analyze.ExecuteNonQuery();
        }

        foreach (var (query, baseline) in new (string, Func<int>)[] { (FunnelQuery, RunFunnel), (LeadQuery, RunLeadConversion) })
        {
            var body = Post(query).GetAwaiter().GetResult();
            if (body.Contains("\"errors\"", StringComparison.Ordinal) || baseline() == 0)
            {
                throw new InvalidOperationException($"The GraphQL request or its baseline failed: {body[..Math.Min(body.Length, 2000)]}");
            }
        }

        JitWarmUp.Run(() => { FunnelHandWritten(); FunnelGraphQL().GetAwaiter().GetResult(); LeadConversionHandWritten(); LeadConversionGraphQL().GetAwaiter().GetResult(); });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("funnel")]
    public int FunnelHandWritten() => RunFunnel();

    [Benchmark, BenchmarkCategory("funnel")]
    public async Task<string> FunnelGraphQL() => await Post(FunnelQuery);

    [Benchmark(Baseline = true), BenchmarkCategory("leadConversion")]
    public int LeadConversionHandWritten() => RunLeadConversion();

    [Benchmark, BenchmarkCategory("leadConversion")]
    public async Task<string> LeadConversionGraphQL() => await Post(LeadQuery);

    private async Task<string> Post(string query)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The hand-written funnel: the path counts per team and quarter rolled up from a GROUP BY over the covering index,
    /// then the stage durations; folded per stage (a path counts for each stage it entered) with the medians, as the API does.</summary>
    private int RunFunnel()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = HandWrittenFunnelSql;
        using var reader = command.ExecuteReader();
        var segments = new Dictionary<(long?, long, long), (long[] Count, long[] Now, long[] MovedOn, long[] Won, double[] Amount, double[] Weighted, List<long>[] Seconds)>();
        while (reader.Read())
        {
            var key = (reader.IsDBNull(0) ? (long?)null : reader.GetInt64(0), reader.GetInt64(2), reader.GetInt64(3));
            if (!segments.TryGetValue(key, out var s))
            {
                segments[key] = s = (new long[6], new long[6], new long[6], new long[6], new double[6], new double[6], [.. Enumerable.Range(0, 6).Select(_ => new List<long>())]);
            }

            var entered = reader.GetInt64(4);
            var stage = Array.IndexOf(StageNames, reader.GetString(5));
            var (n, amount, weighted) = (reader.GetInt64(6), reader.GetDouble(7), reader.GetDouble(8));
            for (var k = 0; k < 6; k++)
            {
                if ((entered & (1L << k)) == 0)
                {
                    continue;
                }

                s.Count[k] += n;
                s.Amount[k] += amount;
                s.Weighted[k] += weighted;
                s.Now[k] += stage == k ? n : 0;
                s.MovedOn[k] += (entered & 31 & ~((2L << k) - 1)) != 0 ? n : 0;
                s.Won[k] += (entered & 16) != 0 ? n : 0;
            }
        }

        reader.NextResult();
        while (reader.Read())
        {
            var s = segments[(reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2))];
            for (var k = 0; k < 6; k++)
            {
                if (!reader.IsDBNull(3 + k))
                {
                    s.Seconds[k].Add(reader.GetInt64(3 + k));
                }
            }
        }

        var figures = 0.0;
        foreach (var s in segments.Values)
        {
            foreach (var seconds in s.Seconds)
            {
                figures += seconds.Count == 0 ? 0 : Median(seconds) + seconds.Average(v => (double)v);
            }
        }

        return segments.Count + (figures > 0 ? 0 : 1);
    }

    /// <summary>The hand-written lead conversion per source and month: counts per (stage, flags), the overdue and the won through an
    /// opportunity in one streamed GROUP BY over the covering index, then the follow-up times for the median.</summary>
    private int RunLeadConversion()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = HandWrittenLeadSql;
        command.Parameters.AddWithValue("@now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var segments = new Dictionary<(string, long), (long[] Figures, List<long> Seconds)>();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetInt64(1));
            if (!segments.TryGetValue(key, out var s))
            {
                segments[key] = s = (new long[8], []);
            }

            var stage = reader.GetString(2);
            var flags = reader.GetInt64(3);
            var n = reader.GetInt64(4);
            var opportunity = (flags & 1) != 0;
            s.Figures[0] += n;
            s.Figures[1] += stage is "Mql" or "Sql" || opportunity ? n : 0;
            s.Figures[2] += stage == "Sql" || opportunity ? n : 0;
            s.Figures[3] += opportunity ? n : 0;
            s.Figures[4] += ((flags & 2) != 0 ? n : 0) + reader.GetInt64(6);
            s.Figures[5] += (flags & 4) != 0 ? n : 0;
            s.Figures[6] += (flags & 8) != 0 ? n : 0;
            s.Figures[7] += ((flags & 20) == 20 ? n : 0) + reader.GetInt64(5);
        }

        reader.NextResult();
        while (reader.Read())
        {
            segments[(reader.GetString(0), reader.GetInt64(1))].Seconds.Add(reader.GetInt64(2));
        }

        var medians = segments.Values.Sum(s => s.Seconds.Count == 0 ? 0 : Median(s.Seconds));
        return segments.Count + (medians > 0 ? 0 : 1);
    }

    private static double Median(List<long> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }

    private static readonly string[] StageNames = ["Prospecting", "Engaging", "Proposal", "Negotiation", "Won", "Lost"];

    private const string HandWrittenFunnelSql = """
        WITH g AS (
            SELECT OwnerRepId, CreatedMonth, StagesEntered, Stage, COUNT(*) AS N, SUM(Amount) AS Amount, SUM(Amount * Probability) AS Weighted
            FROM Opportunities
            GROUP BY OwnerRepId, CreatedMonth, StagesEntered, Stage
        )
        SELECT r.TeamId, t.Name, g.CreatedMonth / 100 AS Year, (g.CreatedMonth % 100 + 2) / 3 AS Quarter, g.StagesEntered, g.Stage,
            SUM(g.N), SUM(g.Amount), SUM(g.Weighted)
        FROM g
        LEFT JOIN SalesReps AS r ON r.Id = g.OwnerRepId
        LEFT JOIN Teams AS t ON t.Id = r.TeamId
        GROUP BY r.TeamId, t.Name, Year, Quarter, g.StagesEntered, g.Stage
        ORDER BY t.Name, r.TeamId, Year, Quarter;
        SELECT r.TeamId, o.CreatedMonth / 100, (o.CreatedMonth % 100 + 2) / 3,
            o.ProspectingSeconds, o.EngagingSeconds, o.ProposalSeconds, o.NegotiationSeconds, o.WonSeconds, o.LostSeconds
        FROM Opportunities AS o
        LEFT JOIN SalesReps AS r ON r.Id = o.OwnerRepId
        WHERE o.ProspectingSeconds IS NOT NULL OR o.EngagingSeconds IS NOT NULL OR o.ProposalSeconds IS NOT NULL
            OR o.NegotiationSeconds IS NOT NULL OR o.WonSeconds IS NOT NULL OR o.LostSeconds IS NOT NULL;
        """;

    private const string HandWrittenLeadSql = """
        SELECT l.Source, l.CreatedMonth, l.Stage, l.FunnelFlags, COUNT(*),
            SUM(CASE WHEN l.FunnelFlags & 12 = 4 AND l.FollowUpDueAt < @now THEN 1 ELSE 0 END),
            SUM(CASE WHEN l.FunnelFlags & 3 = 1 AND o.Stage = 'Won' THEN 1 ELSE 0 END)
        FROM Leads AS l
        LEFT JOIN Opportunities AS o ON o.Id = l.OpportunityId AND l.FunnelFlags & 3 = 1
        GROUP BY l.Source, l.CreatedMonth, l.Stage, l.FunnelFlags
        ORDER BY l.Source, l.CreatedMonth;
        SELECT l.Source, l.CreatedMonth, l.FollowUpSeconds FROM Leads AS l WHERE l.FollowUpSeconds IS NOT NULL;
        """;
}
