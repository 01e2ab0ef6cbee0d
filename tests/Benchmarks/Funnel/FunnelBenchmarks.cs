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
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseEnvironment("Benchmark");
            builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
            builder.UseSetting("Security:RateLimit:PermitsPerWindow", "1000000");
            builder.ConfigureLogging(logging => logging.ClearProviders());
        });
        _client = _factory.CreateClient();
        var key = _factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("benchmark", Roles.Reader, null).GetAwaiter().GetResult();
        _client.DefaultRequestHeaders.Add("X-Api-Key", key.PlainText);
        _connection = new SqliteConnection($"Data Source={_path}");
        _connection.Open();
        GeneratedSales.Build(100_000, 500_000).Write(_connection);
        using (var analyze = _connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE";
            analyze.ExecuteNonQuery();
        }

        foreach (var (query, baseline) in new[] { (FunnelQuery, HandWrittenFunnelSql), (LeadQuery, HandWrittenLeadSql) })
        {
            var body = Post(query).GetAwaiter().GetResult();
            if (body.Contains("\"errors\"", StringComparison.Ordinal) || Run(baseline) == 0)
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
    public int FunnelHandWritten() => Run(HandWrittenFunnelSql);

    [Benchmark, BenchmarkCategory("funnel")]
    public async Task<string> FunnelGraphQL() => await Post(FunnelQuery);

    [Benchmark(Baseline = true), BenchmarkCategory("leadConversion")]
    public int LeadConversionHandWritten() => Run(HandWrittenLeadSql);

    [Benchmark, BenchmarkCategory("leadConversion")]
    public async Task<string> LeadConversionGraphQL() => await Post(LeadQuery);

    private async Task<string> Post(string query)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Runs the statement and reads every value of every row, as the API does.</summary>
    private int Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    private const string HandWrittenFunnelSql = """
        WITH f AS (
            SELECT o.Id, o.Amount, o.Probability, o.Stage AS CurrentStage, r.TeamId, t.Name AS TeamName,
                CAST(strftime('%Y', o.CreatedAt) AS INTEGER) AS Year, (CAST(strftime('%m', o.CreatedAt) AS INTEGER) + 2) / 3 AS Quarter
            FROM Opportunities AS o
            LEFT JOIN SalesReps AS r ON r.Id = o.OwnerRepId
            LEFT JOIN Teams AS t ON t.Id = r.TeamId
        ),
        s AS (
            SELECT h.OpportunityId AS Id, h.Stage, SUM(julianday(h.LeftAt) - julianday(h.EnteredAt)) AS Days
            FROM OpportunityStageHistory AS h
            GROUP BY h.OpportunityId, h.Stage
        ),
        r AS (
            SELECT Id, MAX(CASE Stage WHEN 'Prospecting' THEN 0 WHEN 'Engaging' THEN 1 WHEN 'Proposal' THEN 2 WHEN 'Negotiation' THEN 3 WHEN 'Won' THEN 4 END) AS Reached
            FROM s GROUP BY Id
        ),
        w AS (
            SELECT f.TeamId, f.TeamName, f.Year, f.Quarter, s.Stage, f.Amount, f.Probability, f.CurrentStage, s.Days, r.Reached,
                CASE s.Stage WHEN 'Prospecting' THEN 0 WHEN 'Engaging' THEN 1 WHEN 'Proposal' THEN 2 WHEN 'Negotiation' THEN 3 WHEN 'Won' THEN 4 ELSE 5 END AS Ordinal,
                ROW_NUMBER() OVER (PARTITION BY f.TeamId, f.TeamName, f.Year, f.Quarter, s.Stage ORDER BY s.Days) AS Rank,
                COUNT(s.Days) OVER (PARTITION BY f.TeamId, f.TeamName, f.Year, f.Quarter, s.Stage) AS Timed,
                COUNT(*) OVER (PARTITION BY f.TeamId, f.TeamName, f.Year, f.Quarter, s.Stage) AS Rows
            FROM s JOIN f ON f.Id = s.Id JOIN r ON r.Id = s.Id
        )
        SELECT TeamId, TeamName, Year, Quarter, Stage, COUNT(*), SUM(Amount), SUM(Amount * Probability),
            SUM(CASE WHEN Reached > Ordinal THEN 1 ELSE 0 END), SUM(CASE WHEN Reached = 4 THEN 1 ELSE 0 END),
            SUM(CASE WHEN CurrentStage = Stage THEN 1 ELSE 0 END), AVG(Days),
            AVG(CASE WHEN Days IS NOT NULL AND Rank - (Rows - Timed) IN ((Timed + 1) / 2, (Timed + 2) / 2) THEN Days END)
        FROM w GROUP BY TeamId, TeamName, Year, Quarter, Stage
        UNION ALL
        SELECT TeamId, TeamName, Year, Quarter, NULL, COUNT(*), SUM(Amount), SUM(Amount * Probability), 0, 0, 0, NULL, NULL
        FROM f GROUP BY TeamId, TeamName, Year, Quarter
        ORDER BY TeamName, TeamId, Year, Quarter
        """;

    private const string HandWrittenLeadSql = """
        WITH g AS (
            SELECT l.Source, CAST(strftime('%Y', l.CreatedAt) AS INTEGER) AS Year, CAST(strftime('%m', l.CreatedAt) AS INTEGER) AS Month,
                l.Stage IN ('Mql', 'Sql') OR l.OpportunityId IS NOT NULL AS IsMql, l.Stage = 'Sql' OR l.OpportunityId IS NOT NULL AS IsSql,
                l.OpportunityId IS NOT NULL AS HasOpportunity, l.Converted = 1 OR o.Stage = 'Won' AS IsWon,
                l.FollowUpDueAt IS NOT NULL AND ((l.FirstFollowUpAt IS NOT NULL AND l.FirstFollowUpAt > l.FollowUpDueAt) OR (l.FirstFollowUpAt IS NULL AND l.FollowUpDueAt < @now)) AS IsBreach,
                l.FollowUpDueAt, l.FirstFollowUpAt, (julianday(l.FirstFollowUpAt) - julianday(l.CreatedAt)) * 24.0 AS Hours
            FROM Leads AS l
            LEFT JOIN Opportunities AS o ON o.Id = l.OpportunityId
        ),
        t AS (
            SELECT Source, Year, Month, Hours, ROW_NUMBER() OVER (PARTITION BY Source, Year, Month ORDER BY Hours) AS Rank,
                COUNT(*) OVER (PARTITION BY Source, Year, Month) AS Timed
            FROM g WHERE Hours IS NOT NULL
        )
        SELECT Source, Year, Month, 0 AS Part, COUNT(*), SUM(IsMql), SUM(IsSql), SUM(HasOpportunity), SUM(IsWon), COUNT(FollowUpDueAt), COUNT(FirstFollowUpAt), SUM(IsBreach), NULL
        FROM g GROUP BY Source, Year, Month
        UNION ALL
        SELECT Source, Year, Month, 1, 0, 0, 0, 0, 0, 0, 0, 0, AVG(CASE WHEN Rank IN ((Timed + 1) / 2, (Timed + 2) / 2) THEN Hours END)
        FROM t GROUP BY Source, Year, Month
        ORDER BY Source, Year, Month, Part
        """;
}
