using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SalesGraph.Data.Sql;

/// <summary>
/// The one place raw SQL is written, per provider: the bulk writes of intake, rescoring and score results, the data steps of
/// migrations, and how each provider reports a unique-index violation. Every statement is a member here with a SQLite and a
/// SQL Server form (abstract where they differ); <c>SqlDialectTests</c> runs every member for both providers and keeps the
/// SQL Server text as a snapshot, as the EF-generated SQL is.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();

    public static SqlDialect SqlServer { get; } = new SqlServerDialect();

    public static SqlDialect For(DatabaseFacade database) => database.IsSqlite() ? Sqlite : SqlServer;

    public abstract string Provider { get; }

    /// <summary>Whether an INSERT made by <see cref="Insert"/> returns the new id as a result (SQL Server, <c>OUTPUT INSERTED.Id</c>);
    /// otherwise the id is the connection's last inserted row id (SQLite, measured cheaper than <c>RETURNING</c>).</summary>
    public abstract bool InsertReturnsId { get; }

    /// <summary>Whether a statement run many times is prepared once. Not on SQL Server: SqlClient's Prepare wants a size for
    /// every string parameter, and it reuses the plan of sp_executesql anyway.</summary>
    public abstract bool PreparesCommands { get; }

    /// <summary>Whether decimals are bound as doubles, as the model stores them on this provider (SQLite REAL).</summary>
    public abstract bool DecimalsAsReal { get; }

    /// <summary>A unique index or key refused a row (SQLite extended code 2067 or 1555; SQL Server errors 2601 or 2627),
    /// also when EF Core wrapped it in a <see cref="DbUpdateException"/>.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>A unique violation on whichever provider raised it (its exception type says which): for code that catches
    /// before it has a context.</summary>
    public static bool IsUniqueViolationOfAnyProvider(Exception exception) => Sqlite.IsUniqueViolation(exception) || SqlServer.IsUniqueViolation(exception);

    /// <summary>Between the column list and VALUES of an INSERT that returns its id.</summary>
    protected abstract string OutputInsertedId { get; }

    /// <summary>Run on every connection as it opens; null where the provider's defaults already do (SQL Server waits for locks,
    /// LOCK_TIMEOUT -1, and has no synchronous setting).</summary>
    public abstract SqlStatement? OnConnectionOpened { get; }

    /// <summary>Run once on start before migrating; null where there is nothing to set (SQL Server: its log is not a file mode).</summary>
    public abstract SqlStatement? BeforeMigrating { get; }

    /// <summary>A suspect account made by the intake for a new company.</summary>
    public SqlStatement InsertAccount => Insert(nameof(InsertAccount), "Accounts",
        [("Name", "name"), ("NormalizedName", "key"), ("Domain", "domain"), ("Country", "country"), ("Industry", "industry"),
         ("Employees", "employees"), ("AnnualRevenue", "revenue"), ("IsCustomer", "customer"), ("PyramidTier", "tier"),
         ("Strategies", "strategies"), ("CreatedAt", "createdAt"), ("UpdatedAt", "updatedAt"), ("RowVersion", null)], returnsId: true);

    /// <summary>The account that holds a company domain: the one a lead links to after its own insert lost the race.</summary>
    public SqlStatement FindAccountByDomain => new(nameof(FindAccountByDomain), "SELECT MIN(Id) FROM Accounts WHERE Domain = @domain", ["domain"]);

    /// <summary>The account that holds a normalised company name (not the empty one), for the same.</summary>
    public SqlStatement FindAccountByName => new(nameof(FindAccountByName),
        "SELECT MIN(Id) FROM Accounts WHERE NormalizedName = @key AND NormalizedName <> ''", ["key"]);

    /// <summary>A new lead: a column whose value is null is written as the literal NULL (<paramref name="bound"/> false), so each
    /// shape of lead has its own statement and binds only the values it has.</summary>
    public SqlStatement InsertLead(IReadOnlyList<string> columns, IReadOnlyList<bool> bound) => Insert(nameof(InsertLead), "Leads",
        [.. columns.Select((c, i) => (c, bound[i] ? c : (string?)null)), ("RowVersion", null)], returnsId: true);

    /// <summary>Every column of a lead read earlier, checked against and bumping its RowVersion.</summary>
    public SqlStatement UpdateLead(IReadOnlyList<string> columns) => new(nameof(UpdateLead),
        $"UPDATE Leads SET {string.Join(", ", columns.Select(n => $"{n} = @{n}"))}, RowVersion = RowVersion + 1 WHERE Id = @Id AND RowVersion = @RowVersion",
        [.. columns, "Id", "RowVersion"]);

    /// <summary>The score columns of a rescored lead, checked against and bumping its RowVersion.</summary>
    public SqlStatement UpdateLeadScore => new(nameof(UpdateLeadScore), """
        UPDATE Leads SET Score = @score, FitScore = @fit, EngagementScore = @engagement, Grade = @grade, Stage = @stage,
            RouteTeamId = @team, AssignedRepId = @rep, FollowUpDueAt = @dueAt, NurtureTrack = @nurture, ScoredAt = @scoredAt,
            ScoreRuleVersion = @version, RowVersion = RowVersion + 1
        WHERE Id = @id AND RowVersion = @rowVersion
        """, ["score", "fit", "engagement", "grade", "stage", "team", "rep", "dueAt", "nurture", "scoredAt", "version", "id", "rowVersion"]);

    /// <summary>A team's round-robin cursor, checked against and bumping the team's RowVersion.</summary>
    public SqlStatement MoveTeamCursor => new(nameof(MoveTeamCursor),
        "UPDATE Teams SET LastAssignedRepId = @rep, RowVersion = RowVersion + 1 WHERE Id = @id AND RowVersion = @rowVersion",
        ["rep", "id", "rowVersion"]);

    /// <summary>A rep's open-lead count moved by a change, never below zero.</summary>
    public SqlStatement CountOpenLeads => new(nameof(CountOpenLeads),
        "UPDATE SalesReps SET OpenLeads = CASE WHEN OpenLeads + @change < 0 THEN 0 ELSE OpenLeads + @change END WHERE Id = @id",
        ["change", "id"]);

    /// <summary>A score result with its hits as one JSON parameter (<see cref="Rules.RuleHitsJson"/>).</summary>
    public SqlStatement InsertScoreResult => Insert(nameof(InsertScoreResult), "ScoreResults",
        [("Subject", "subject"), ("SubjectId", "subjectId"), ("RuleSet", "ruleSet"), ("RuleSetVersion", "version"), ("Total", "total"),
         ("Fit", "fit"), ("Engagement", "engagement"), ("Outcome", "outcome"), ("EvaluatedAt", "evaluatedAt"), ("Hits", "hits")], returnsId: false);

    /// <summary>An outbox row of the untracked bulk paths (rescoring), written in the change's transaction.</summary>
    public SqlStatement InsertOutboxEvent => Insert(nameof(InsertOutboxEvent), "OutboxEvents",
        [("Topic", "topic"), ("Payload", "payload"), ("CreatedAt", "createdAt")], returnsId: false);

    /// <summary>Migration FunnelHistoryAndTargets: opportunities that exist already enter their current stage when they were
    /// created, the best that is known of them.</summary>
    public SqlStatement MigrateStageHistoryFromOpportunities => new(nameof(MigrateStageHistoryFromOpportunities),
        "INSERT INTO OpportunityStageHistory (OpportunityId, Stage, EnteredAt) SELECT Id, Stage, CreatedAt FROM Opportunities;", []);

    /// <summary>The funnel's facts of every opportunity from its stage history (<see cref="Opportunities.StageFacts"/> does the same
    /// in memory on every save): the stages entered as bits, and per stage the whole seconds of its completed stays. Run by the
    /// migration FunnelFacts, the demo seed and any bulk write of history.</summary>
    public SqlStatement FillOpportunityStageFacts
    {
        get
        {
            var stages = Enum.GetValues<Opportunities.FunnelStage>();
            var bits = string.Concat(stages.Select(s => $"WHEN '{s}' THEN {1 << (int)s} "));
            var seconds = stages.Select(s => $"""
                    {s}Seconds = (SELECT SUM({SecondsBetween("h.EnteredAt", "h.LeftAt")}) FROM OpportunityStageHistory h
                        WHERE h.OpportunityId = Opportunities.Id AND h.Stage = '{s}' AND h.LeftAt IS NOT NULL)
                """);
            return new SqlStatement(nameof(FillOpportunityStageFacts), $"""
                UPDATE Opportunities SET
                    StagesEntered = COALESCE((SELECT SUM(DISTINCT CASE h.Stage {bits}END) FROM OpportunityStageHistory h WHERE h.OpportunityId = Opportunities.Id), 0),
                {string.Join(",\n", seconds)};
                """, []);
        }
    }

    // Expressions (not statements) of the analytics: computed columns of the model and parts of the funnel's aggregates.

    /// <summary>year × 100 + month of a date column, as an integer (deterministic, so it can be a stored computed column).</summary>
    public abstract string MonthOf(string column);

    /// <summary>Whole seconds from <paramref name="from"/> to <paramref name="to"/>, rounded; null when either is null.</summary>
    public abstract string SecondsBetween(string from, string to);

    /// <summary>The text at the JSON path in <paramref name="pathParameter"/>; null for a missing key or text that is not JSON.</summary>
    public abstract string JsonText(string column, string pathParameter);

    /// <summary><c>Lead.FunnelFlags</c> (the bits of <see cref="Leads.LeadFunnelFlags"/>) from the lead's own columns.</summary>
    public string LeadFunnelFlags =>
        $"(CASE WHEN OpportunityId IS NOT NULL THEN {(int)Leads.LeadFunnelFlags.HasOpportunity} ELSE 0 END)"
        + $" + (CASE WHEN Converted = 1 THEN {(int)Leads.LeadFunnelFlags.Converted} ELSE 0 END)"
        + $" + (CASE WHEN FollowUpDueAt IS NOT NULL THEN {(int)Leads.LeadFunnelFlags.FollowUpDue} ELSE 0 END)"
        + $" + (CASE WHEN FirstFollowUpAt IS NOT NULL THEN {(int)Leads.LeadFunnelFlags.FollowedUp} ELSE 0 END)"
        + $" + (CASE WHEN FirstFollowUpAt > FollowUpDueAt THEN {(int)Leads.LeadFunnelFlags.FollowedUpLate} ELSE 0 END)";

    /// <summary>Migration RuleHitsAsJson, up: the RuleHits rows of each result into its Hits JSON, in firing order.</summary>
    public abstract SqlStatement MigrateRuleHitsToJson { get; }

    /// <summary>Migration RuleHitsAsJson, down: the Hits JSON back into RuleHits rows.</summary>
    public abstract SqlStatement MigrateRuleHitsFromJson { get; }

    /// <summary>Migration UniqueAccountDomainAndName, before its unique indexes: where accounts share a domain (or a normalised
    /// name), the lowest id keeps it (the account lead matching already picked) and the others' is cleared, each change
    /// written to the audit (user <c>migration</c>, action <c>clear-duplicate-domain</c> / <c>clear-duplicate-name</c>).</summary>
    public abstract SqlStatement MigrateClearDuplicateAccountKeys { get; }

    private SqlStatement Insert(string name, string table, IReadOnlyList<(string Column, string? Parameter)> columns, bool returnsId)
    {
        // A column without a parameter is a literal: 0 for RowVersion, NULL for a lead column without a value.
        var values = columns.Select(c => c.Parameter is { } p ? "@" + p : c.Column == "RowVersion" ? "0" : "NULL");
        return new SqlStatement(name,
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Column))}){(returnsId ? OutputInsertedId : "")} VALUES ({string.Join(", ", values)})",
            [.. columns.Select(c => c.Parameter).OfType<string>()]);
    }
}
