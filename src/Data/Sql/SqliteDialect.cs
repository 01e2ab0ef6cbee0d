using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Sql;

/// <summary>The SQLite form of the raw statements.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override string Provider => "Sqlite";

    public override bool InsertReturnsId => false;

    public override bool PreparesCommands => true;

    public override bool DecimalsAsReal => true;

    protected override string OutputInsertedId => "";

    public override bool IsUniqueViolation(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    /// <summary>Wait for a lock held by another process instead of failing with SQLITE_BUSY
    /// (<see cref="BusyTimeoutMilliseconds"/>), and <c>synchronous = NORMAL</c>, the setting SQLite recommends with WAL.</summary>
    public override SqlStatement OnConnectionOpened => new(nameof(OnConnectionOpened), "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;", []);

    /// <summary>WAL lets readers in other processes carry on while one writes; the mode is stored in the file.</summary>
    public override SqlStatement BeforeMigrating => new(nameof(BeforeMigrating), "PRAGMA journal_mode = WAL;", []);

    public const int BusyTimeoutMilliseconds = 30_000;

    public override string MonthOf(string column) => $"CAST(strftime('%Y%m', {column}) AS INTEGER)";

    public override string SecondsBetween(string from, string to) => $"CAST(round((julianday({to}) - julianday({from})) * 86400.0) AS INTEGER)";

    public override string JsonText(string column, string pathParameter) =>
        $"CASE WHEN json_valid({column}) THEN CAST(json_extract({column}, {pathParameter}) AS TEXT) END";

    public override SqlStatement MigrateRuleHitsToJson => new(nameof(MigrateRuleHitsToJson), """
        UPDATE ScoreResults SET Hits = (
            SELECT json_group_array(json(hit)) FROM (
                SELECT json_object('ruleId', h.RuleId, 'ruleName', h.RuleName, 'ruleSet', r.RuleSet, 'points', h.Points, 'effect', h.Effect) AS hit
                FROM RuleHits h LEFT JOIN ScoringRules r ON r.Id = h.RuleId
                WHERE h.ScoreResultId = ScoreResults.Id
                ORDER BY h.Id))
        WHERE EXISTS (SELECT 1 FROM RuleHits h WHERE h.ScoreResultId = ScoreResults.Id);
        """, []);

    public override SqlStatement MigrateRuleHitsFromJson => new(nameof(MigrateRuleHitsFromJson), """
        INSERT INTO RuleHits (ScoreResultId, RuleId, RuleName, Points, Effect)
        SELECT s.Id, json_extract(j.value, '$.ruleId'), json_extract(j.value, '$.ruleName'), json_extract(j.value, '$.points'), json_extract(j.value, '$.effect')
        FROM ScoreResults s, json_each(s.Hits) j
        ORDER BY s.Id, j.key;
        """, []);

    public override SqlStatement MigrateClearDuplicateAccountKeys => new(nameof(MigrateClearDuplicateAccountKeys), """
        INSERT INTO AuditEntries (At, User, Action, EntityType, EntityId, Before, After)
        SELECT strftime('%Y-%m-%d %H:%M:%f', 'now'), 'migration', 'clear-duplicate-domain', 'Account', CAST(a.Id AS TEXT),
            json_object('domain', a.Domain), json_object('domain', NULL, 'keptBy', (SELECT MIN(b.Id) FROM Accounts b WHERE b.Domain = a.Domain))
        FROM Accounts a
        WHERE a.Domain IS NOT NULL AND EXISTS (SELECT 1 FROM Accounts b WHERE b.Domain = a.Domain AND b.Id < a.Id);
        UPDATE Accounts SET Domain = NULL
        WHERE Domain IS NOT NULL AND EXISTS (SELECT 1 FROM Accounts b WHERE b.Domain = Accounts.Domain AND b.Id < Accounts.Id);
        INSERT INTO AuditEntries (At, User, Action, EntityType, EntityId, Before, After)
        SELECT strftime('%Y-%m-%d %H:%M:%f', 'now'), 'migration', 'clear-duplicate-name', 'Account', CAST(a.Id AS TEXT),
            json_object('normalizedName', a.NormalizedName), json_object('normalizedName', '', 'keptBy', (SELECT MIN(b.Id) FROM Accounts b WHERE b.NormalizedName = a.NormalizedName))
        FROM Accounts a
        WHERE a.NormalizedName <> '' AND EXISTS (SELECT 1 FROM Accounts b WHERE b.NormalizedName = a.NormalizedName AND b.Id < a.Id);
        UPDATE Accounts SET NormalizedName = ''
        WHERE NormalizedName <> '' AND EXISTS (SELECT 1 FROM Accounts b WHERE b.NormalizedName = Accounts.NormalizedName AND b.Id < Accounts.Id);
        """, []);
}
