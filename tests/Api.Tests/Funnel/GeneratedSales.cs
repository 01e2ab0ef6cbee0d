using System.Data.Common;
using System.Globalization;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sql;

namespace SalesGraph.Api.Tests.Funnel;

/// <summary>
/// A random but seeded sales database for the funnel's comparison test and benchmarks: territories, teams, reps, accounts,
/// opportunities with stage histories (skipped and re-entered stages included) and leads, written with plain INSERTs.
/// Amounts are whole and probabilities multiples of 1/4, so sums are exact in floating point.
/// </summary>
public sealed class GeneratedSales
{
    private static readonly DateTime Start = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Industries = ["Retail", "Software", "Finance", "Medical", "Energy", "Telecom", "Marketing", "Entertainment"];

    public sealed record Stay(FunnelStage Stage, DateTime EnteredAt, DateTime? LeftAt);

    public sealed record Account(int Id, string Industry, CustomerPyramidTier? Tier, int? TerritoryId);

    public sealed record Opportunity(int Id, int? AccountId, int? RepId, FunnelStage Stage, double Amount, double Probability, DateTime CreatedAt, DateTime ExpectedCloseAt, DateTime? ClosedAt, IReadOnlyList<Stay> Stays);

    public sealed record Lead(int Id, LeadSource Source, LeadGrade? Grade, LeadStage Stage, int? TeamId, int? RepId, DateTime CreatedAt, DateTime? DueAt, DateTime? FollowUpAt, int? OpportunityId, bool? Converted, string? CustomFields);

    public int Territories { get; } = 3;
    public int Teams { get; } = 6;
    public int RepsPerTeam { get; } = 5;
    public List<Account> Accounts { get; } = [];
    public List<Opportunity> Opportunities { get; } = [];
    public List<Lead> Leads { get; } = [];

    public static int TeamOfRep(int repId) => ((repId - 1) / 5) + 1;

    public static int? TerritoryOfTeam(int teamId) => teamId % 4 == 0 ? null : ((teamId - 1) % 3) + 1;

    public static GeneratedSales Build(int opportunities, int leads, int seed = 14)
    {
        var random = new Random(seed);
        var sales = new GeneratedSales();
        for (var i = 1; i <= 1000; i++)
        {
            var tier = random.Next(8) is var t && t == 7 ? (CustomerPyramidTier?)null : (CustomerPyramidTier)t;
            sales.Accounts.Add(new Account(i, Industries[random.Next(Industries.Length)], tier, random.Next(4) is var r && r == 3 ? null : r + 1));
        }

        for (var id = 1; id <= opportunities; id++)
        {
            sales.Opportunities.Add(NewOpportunity(random, id));
        }

        for (var id = 1; id <= leads; id++)
        {
            var created = Start.AddMinutes(random.Next(0, 730 * 24 * 60));
            var stage = (LeadStage)random.Next(5);
            var routed = stage is LeadStage.Mql or LeadStage.Sql && random.Next(10) < 8;
            var rep = routed ? random.Next(1, 31) : (int?)null;
            var due = routed ? created.AddHours(24) : (DateTime?)null;
            var followUp = routed && random.Next(10) < 8 ? created.AddMinutes(random.Next(10, 60 * 48)) : (DateTime?)null;
            var opportunity = stage == LeadStage.Sql && opportunities > 0 && random.Next(3) == 0 ? random.Next(1, opportunities + 1) : (int?)null;
            var custom = random.Next(4) switch
            {
                0 => null,
                1 => "{\"region\":\"north\"}",
                2 => "{\"region\":\"south\",\"size\":\"large\"}",
                _ => "{\"size\":\"small\"}",
            };
            sales.Leads.Add(new Lead(id, (LeadSource)random.Next(10), random.Next(5) == 4 ? null : (LeadGrade)random.Next(4), stage,
                rep is null ? null : TeamOfRep(rep.Value), rep, created, due, followUp, opportunity, random.Next(10) == 0 ? true : null, custom));
        }

        return sales;
    }

    private static Opportunity NewOpportunity(Random random, int id)
    {
        var created = Start.AddMinutes(random.Next(0, 700 * 24 * 60));
        var outcome = random.Next(100);
        var path = new List<FunnelStage> { FunnelStage.Prospecting };
        var last = outcome < 35 ? (FunnelStage)random.Next(4) : outcome < 70 ? FunnelStage.Negotiation : (FunnelStage)random.Next(0, 4);
        for (var s = FunnelStage.Engaging; s <= last; s++)
        {
            if (s == FunnelStage.Proposal && random.Next(10) == 0)
            {
                continue;
            }

            path.Add(s);
        }

        if (path.Contains(FunnelStage.Proposal) && random.Next(20) == 0)
        {
            path.AddRange([FunnelStage.Engaging, FunnelStage.Proposal]);
        }

        var stage = outcome < 35 ? path[^1] : outcome < 70 ? FunnelStage.Won : FunnelStage.Lost;
        if (stage is FunnelStage.Won or FunnelStage.Lost)
        {
            path.Add(stage);
        }

        var stays = new List<Stay>();
        var at = created;
        for (var i = 0; i < path.Count; i++)
        {
            var open = i == path.Count - 1;
            var left = open ? (DateTime?)null : at.AddMinutes(random.Next(60, 40 * 24 * 60));
            stays.Add(new Stay(path[i], at, left));
            at = left ?? at;
        }

        var amount = random.Next(1, 200) * 100.0;
        var probability = stage switch { FunnelStage.Won => 1.0, FunnelStage.Lost => 0.0, _ => random.Next(1, 4) * 0.25 };
        return new Opportunity(id, random.Next(10) == 0 ? null : random.Next(1, 1001), random.Next(20) == 0 ? null : random.Next(1, 31), stage, amount, probability,
            created, at.AddDays(random.Next(10, 120)), stage is FunnelStage.Won or FunnelStage.Lost ? at : null, stays);
    }

    /// <summary>Writes everything in one transaction on an open SQLite connection to a migrated, empty database.</summary>
    public void Write(DbConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Insert(connection, "INSERT INTO Territories (Id, Name) VALUES ($1, $2)", Enumerable.Range(1, Territories).Select(i => new object?[] { i, $"Territory {i}" }));
        Insert(connection, "INSERT INTO Teams (Id, Name, Kind, TerritoryId, RowVersion) VALUES ($1, $2, 'Sales', $3, 0)",
            Enumerable.Range(1, Teams).Select(i => new object?[] { i, $"Team {i}", TerritoryOfTeam(i) }));
        Insert(connection, "INSERT INTO SalesReps (Id, FullName, TeamId, Capacity, OpenLeads, IsActive) VALUES ($1, $2, $3, 100, 0, 1)",
            Enumerable.Range(1, Teams * RepsPerTeam).Select(i => new object?[] { i, $"Rep {i:00}", TeamOfRep(i) }));
        Insert(connection, "INSERT INTO Accounts (Id, Name, NormalizedName, Industry, PyramidTier, TerritoryId, IsCustomer, Strategies, CreatedAt, UpdatedAt, RowVersion) VALUES ($1, $2, $2, $3, $4, $5, 0, 0, $6, $6, 0)",
            Accounts.Select(a => new object?[] { a.Id, $"Account {a.Id}", a.Industry, a.Tier?.ToString(), a.TerritoryId, Text(Start) }));
        Insert(connection, "INSERT INTO Opportunities (Id, Name, AccountId, OwnerRepId, Stage, Amount, Probability, ExpectedCloseAt, ClosedAt, CreatedAt, UpdatedAt, RowVersion, StagesEntered) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 0, 0)",
            Opportunities.Select(o => new object?[] { o.Id, $"Deal {o.Id}", o.AccountId, o.RepId, o.Stage.ToString(), o.Amount, o.Probability, Text(o.ExpectedCloseAt), Text(o.ClosedAt), Text(o.CreatedAt) }));
        Insert(connection, "INSERT INTO OpportunityStageHistory (OpportunityId, Stage, EnteredAt, LeftAt) VALUES ($1, $2, $3, $4)",
            Opportunities.SelectMany(o => o.Stays.Select(s => new object?[] { o.Id, s.Stage.ToString(), Text(s.EnteredAt), Text(s.LeftAt) })));
        using (var facts = connection.CreateCommand())
        {
            facts.CommandText = SqlDialect.Sqlite.FillOpportunityStageFacts.Text;
            facts.ExecuteNonQuery();
        }

        Insert(connection, "INSERT INTO Leads (Id, Source, ExternalId, IsFreeMailDomain, ConsentEmail, ConsentPhone, ConsentTracking, MatchMethod, Score, FitScore, EngagementScore, Grade, Stage, RouteTeamId, AssignedRepId, FollowUpDueAt, FirstFollowUpAt, OpportunityId, Converted, CustomFields, CreatedAt, UpdatedAt, RowVersion) "
            + "VALUES ($1, $2, $3, 0, 0, 0, 0, 'None', 0, 0, 0, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, 0)",
            Leads.Select(l => new object?[] { l.Id, l.Source.ToString(), $"gen-{l.Id}", l.Grade?.ToString(), l.Stage.ToString(), l.TeamId, l.RepId, Text(l.DueAt), Text(l.FollowUpAt), l.OpportunityId, l.Converted, l.CustomFields, Text(l.CreatedAt) }));
        transaction.Commit();
    }

    /// <summary>The text EF Core's SQLite provider stores a DateTime as.</summary>
    private static string? Text(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static void Insert(DbConnection connection, string sql, IEnumerable<object?[]> rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameters = new List<DbParameter>();
        foreach (var row in rows)
        {
            if (parameters.Count == 0)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"${i + 1}";
                    command.Parameters.Add(parameter);
                    parameters.Add(parameter);
                }

                command.Prepare();
            }

            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
