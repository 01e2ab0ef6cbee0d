using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Providers;
using SalesGraph.Data.Rules;

namespace SalesGraph.Data.Tests.Providers;

public sealed class RuleHitsMigrationTests : IDisposable
{
    private const string BeforeJson = "20261127162450_ApiKeys";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RuleHitsMigrationTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Migrate_DatabaseWithRuleHitRows_MovesHitsIntoScoreResultJsonInFiringOrder()
    {
        await using var db = CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(BeforeJson);
        await ExecuteAsync("""
            INSERT INTO ScoringRules (Id, RuleSet, Name, "When", "Then", Priority, Enabled, ChangedAt, Version)
            VALUES (7, 'LeadRouting', 'Route NL', 'true', '{}', 0, 1, '2026-01-01 00:00:00', 1);
            INSERT INTO ScoreResults (Id, Subject, SubjectId, RuleSet, RuleSetVersion, Total, Fit, Engagement, Outcome, EvaluatedAt)
            VALUES (1, 'Lead', 10, 'LeadScoring', 3, 25, 20, 5, NULL, '2026-01-01 00:00:00'),
                   (2, 'Lead', 11, 'LeadScoring', 3, 0, 0, 0, NULL, '2026-01-01 00:00:00');
            INSERT INTO RuleHits (Id, ScoreResultId, RuleId, RuleName, Points, Effect) VALUES
                (5, 1, 99, 'Big company', 20, NULL),
                (6, 1, NULL, 'Engaged "recently"', 5, 'decayed ×0.5'),
                (9, 1, 7, 'Route NL', 0, 'route: Benelux Sales');
            """);

        await db.Database.MigrateAsync();

        var results = await db.ScoreResults.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(
            [
                new RuleHit { RuleId = 99, RuleName = "Big company", Points = 20 },
                new RuleHit { RuleName = "Engaged \"recently\"", Points = 5, Effect = "decayed ×0.5" },
                new RuleHit { RuleId = 7, RuleName = "Route NL", RuleSet = RuleSetKind.LeadRouting, Points = 0, Effect = "route: Benelux Sales" },
            ],
            results[0].Hits);
        Assert.Empty(results[1].Hits);
    }

    [Fact]
    public async Task MigrateDown_ToRuleHitRows_RestoresTheRows()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        db.ScoreResults.Add(new ScoreResult
        {
            Subject = ScoreSubject.Tender,
            SubjectId = 3,
            RuleSet = RuleSetKind.TenderEvaluation,
            RuleSetVersion = 1,
            Hits = [new RuleHit { RuleId = 1, RuleName = "IT services", RuleSet = RuleSetKind.TenderEvaluation, Points = 30 }, new RuleHit { RuleName = "Short deadline", Points = -10, Effect = "no bid" }],
        });
        await db.SaveChangesAsync();

        await db.GetService<IMigrator>().MigrateAsync(BeforeJson);

        Assert.Equal(["1|IT services|30|", "|Short deadline|-10|no bid"], await QueryAsync("SELECT RuleId, RuleName, Points, Effect FROM RuleHits ORDER BY Id"));
    }

    private SalesDbContext CreateContext() =>
        new SqliteSalesDbContext(new DbContextOptionsBuilder<SqliteSalesDbContext>().UseSqlite(_connection).Options);

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
        return rows;
    }
}
