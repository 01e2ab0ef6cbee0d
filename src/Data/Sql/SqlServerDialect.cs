using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Sql;

/// <summary>The SQL Server form of the raw statements. No SQL Server runs in the tests: the text is kept as a snapshot.</summary>
internal sealed class SqlServerDialect : SqlDialect
{
    public override string Provider => "SqlServer";

    public override bool InsertReturnsId => true;

    public override bool PreparesCommands => false;

    public override bool DecimalsAsReal => false;

    protected override string OutputInsertedId => " OUTPUT INSERTED.Id";

    public override bool IsUniqueViolation(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) is SqlException { Number: 2601 or 2627 };

    public override SqlStatement? OnConnectionOpened => null;

    public override SqlStatement? BeforeMigrating => null;

    public override string MonthOf(string column) => $"(DATEPART(year, {column}) * 100 + DATEPART(month, {column}))";

    public override string SecondsBetween(string from, string to) => $"CAST(ROUND(DATEDIFF_BIG(millisecond, {from}, {to}) / 1000.0, 0) AS bigint)";

    public override string JsonText(string column, string pathParameter) =>
        $"CASE WHEN ISJSON({column}) = 1 THEN JSON_VALUE({column}, {pathParameter}) END";

    public override SqlStatement MigrateRuleHitsToJson => new(nameof(MigrateRuleHitsToJson), """
        EXEC(N'UPDATE s SET Hits = COALESCE((
            SELECT h.RuleId AS ruleId, h.RuleName AS ruleName, r.RuleSet AS ruleSet, h.Points AS points, h.Effect AS effect
            FROM RuleHits h LEFT JOIN ScoringRules r ON r.Id = h.RuleId
            WHERE h.ScoreResultId = s.Id
            ORDER BY h.Id
            FOR JSON PATH), N''[]'')
        FROM ScoreResults s
        WHERE EXISTS (SELECT 1 FROM RuleHits h WHERE h.ScoreResultId = s.Id)');
        """, []);

    public override SqlStatement MigrateRuleHitsFromJson => new(nameof(MigrateRuleHitsFromJson), """
        INSERT INTO RuleHits (ScoreResultId, RuleId, RuleName, Points, Effect)
        SELECT s.Id, j.ruleId, j.ruleName, j.points, j.effect
        FROM ScoreResults s
        CROSS APPLY OPENJSON(s.Hits) WITH (ruleId int '$.ruleId', ruleName nvarchar(200) '$.ruleName', points int '$.points', effect nvarchar(1000) '$.effect') j
        ORDER BY s.Id;
        """, []);

    public override SqlStatement MigrateClearDuplicateAccountKeys => new(nameof(MigrateClearDuplicateAccountKeys), """
        INSERT INTO AuditEntries (At, [User], Action, EntityType, EntityId, Before, After)
        SELECT SYSUTCDATETIME(), N'migration', N'clear-duplicate-domain', N'Account', CAST(a.Id AS nvarchar(100)),
            (SELECT a.Domain AS domain FOR JSON PATH, WITHOUT_ARRAY_WRAPPER),
            CONCAT(N'{"domain":null,"keptBy":', (SELECT MIN(b.Id) FROM Accounts b WHERE b.Domain = a.Domain), N'}')
        FROM Accounts a
        WHERE a.Domain IS NOT NULL AND EXISTS (SELECT 1 FROM Accounts b WHERE b.Domain = a.Domain AND b.Id < a.Id);
        UPDATE a SET Domain = NULL
        FROM Accounts a
        WHERE a.Domain IS NOT NULL AND EXISTS (SELECT 1 FROM Accounts b WHERE b.Domain = a.Domain AND b.Id < a.Id);
        INSERT INTO AuditEntries (At, [User], Action, EntityType, EntityId, Before, After)
        SELECT SYSUTCDATETIME(), N'migration', N'clear-duplicate-name', N'Account', CAST(a.Id AS nvarchar(100)),
            (SELECT a.NormalizedName AS normalizedName FOR JSON PATH, WITHOUT_ARRAY_WRAPPER),
            CONCAT(N'{"normalizedName":"","keptBy":', (SELECT MIN(b.Id) FROM Accounts b WHERE b.NormalizedName = a.NormalizedName), N'}')
        FROM Accounts a
        WHERE a.NormalizedName <> N'' AND EXISTS (SELECT 1 FROM Accounts b WHERE b.NormalizedName = a.NormalizedName AND b.Id < a.Id);
        UPDATE a SET NormalizedName = N''
        FROM Accounts a
        WHERE a.NormalizedName <> N'' AND EXISTS (SELECT 1 FROM Accounts b WHERE b.NormalizedName = a.NormalizedName AND b.Id < a.Id);
        """, []);
}
