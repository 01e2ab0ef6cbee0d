using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Sales;

namespace SalesGraph.Benchmarks.Rules;

/// <summary>Rescoring 100,000 stored leads (with about 250,000 engagements) on SQLite through <see cref="LeadRescoring"/>:
/// facts read per batch, the default rules, round robin, lead columns and a ScoreResult with hits written, a transaction per 1,000.
/// <see cref="RescoreAll"/> is one cold run (JIT included), as right after a deployment; <see cref="RescoreAllWarm"/> is the same
/// operation in a service that has already rescored once: each iteration starts again from unscored leads (reset, not
/// measured), so every lead is written, as in the cold run. A 10-second operation needs no statistics to compare with its target.
/// In process: the 100,000-lead file takes long enough to build without also building a boilerplate project on a busy machine.</summary>
[Config(typeof(SingleColdRun))]
public class RescoreStoredLeadsBenchmarks
{
    private sealed class SingleColdRun : ManualConfig
    {
        public SingleColdRun() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    public const int Leads = 100_000;
    private static readonly string[] Countries = ["NL", "BE", "DE", "GB", "FR", "US", "IN", "AT"];
    private static readonly string[] Titles = ["CIO", "IT Manager", "Developer", "Student", "Head of Sales", "Consultant"];
    private static readonly string[] Kinds = ["WebVisit", "EmailOpen", "EmailClick", "FormPost", "WebinarAttended", "Download"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-rescore-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;

    public EvaluationRun? Last { get; private set; }

    /// <summary>Every lead also carries the eleven custom fields of an X Education import (typed JSON, ~330 characters).</summary>
    [Params(false, true)]
    public bool CustomFields { get; set; }

    [GlobalSetup(Target = nameof(RescoreAllWarm))]
    public void SetupWarm()
    {
        Setup();
        _factory.Services.GetRequiredService<LeadRescoring>().RescoreAsync(null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalSetup(Target = nameof(RescoreAll))]
    public void Setup()
    {
        // In process the factory cannot find src/Api by the assembly name; the content root does not matter here.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SALESGRAPH_API", AppContext.BaseDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
            builder.ConfigureLogging(logging => logging.ClearProviders());
        });
        _ = _factory.Server;
        SeedTeams();
        SeedLeads();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark]
    public Task<int> RescoreAll() => RescoreAsync(nameof(RescoreAll));

    /// <summary>After one unmeasured rescore of everything (<see cref="SetupWarm"/>); the reset before the run puts every lead back to unscored.</summary>
    [Benchmark]
    public Task<int> RescoreAllWarm() => RescoreAsync(nameof(RescoreAllWarm));

    [IterationSetup(Target = nameof(RescoreAllWarm))]
    public void ResetScores()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var reset = connection.CreateCommand();
        reset.CommandText = """
            UPDATE Leads SET Score = 0, FitScore = 0, EngagementScore = 0, Grade = NULL, Stage = 'New', RouteTeamId = NULL,
                AssignedRepId = NULL, FollowUpDueAt = NULL, NurtureTrack = NULL, ScoredAt = NULL, ScoreRuleVersion = NULL;
            DELETE FROM ScoreResults;
            UPDATE Teams SET LastAssignedRepId = NULL;
            UPDATE SalesReps SET OpenLeads = 0;
            """;
        reset.ExecuteNonQuery();
    }

    private async Task<int> RescoreAsync(string name)
    {
        // CPU time next to the wall time: on the shared box the wall time mostly says how busy the others were.
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        Last = await _factory.Services.GetRequiredService<LeadRescoring>().RescoreAsync(null, CancellationToken.None);
        process.Refresh();
        Console.WriteLine($"// {name}: {wall.Elapsed.TotalSeconds:F1} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F1} s CPU, "
            + $"{Last.Changed} changed; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        if (Last.Evaluated != Leads)
            throw new InvalidOperationException($"Evaluated {Last.Evaluated} of {Leads} leads.");
        return Last.Changed;
    }

    private void SeedTeams()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        foreach (var name in new[] { "Account Management", "Enterprise EMEA", "Benelux Sales", "DACH Sales", "Inside Sales" })
        {
            var team = new Team { Name = name, Kind = TeamKind.Sales };
            for (var i = 0; i < 5; i++)
                team.Reps.Add(new SalesRep { FullName = $"{name} {i}", Capacity = 100_000 });
            db.Teams.Add(team);
        }
        db.SaveChanges();
    }

    /// <summary>Raw prepared inserts in one transaction: EF would take longer than the operation measured.</summary>
    private void SeedLeads()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var lead = connection.CreateCommand();
        lead.Transaction = transaction;
        lead.CommandText = """
            INSERT INTO Leads (Id, Source, ExternalId, Email, EmailDomain, IsFreeMailDomain, JobTitle, Company, Country, Industry, Employees,
                ConsentEmail, ConsentPhone, ConsentTracking, MatchMethod, Score, FitScore, EngagementScore, Stage, CreatedAt, UpdatedAt, RowVersion, CustomFields)
            VALUES ($id, $source, $external, $email, 'example.com', 0, $title, 'Example', $country, $industry, $employees,
                1, 0, 1, 'None', 0, 0, 0, 'New', $created, $created, 0, $custom)
            """;
        var parameters = new[] { "$id", "$source", "$external", "$email", "$title", "$country", "$industry", "$employees", "$created", "$custom" }
            .Select(n => lead.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        var engagement = connection.CreateCommand();
        engagement.Transaction = transaction;
        engagement.CommandText = "INSERT INTO Engagements (LeadId, Kind, OccurredAt) VALUES ($lead, $kind, $at)";
        var eLead = engagement.Parameters.Add(new SqliteParameter { ParameterName = "$lead" });
        var eKind = engagement.Parameters.Add(new SqliteParameter { ParameterName = "$kind" });
        var eAt = engagement.Parameters.Add(new SqliteParameter { ParameterName = "$at" });

        var random = new Random(7);
        var now = DateTime.UtcNow;
        for (var id = 1; id <= Leads; id++)
        {
            parameters[0].Value = id;
            parameters[1].Value = random.Next(10) == 0 ? "Referral" : "WebForm";
            parameters[2].Value = $"bench-{id}";
            parameters[3].Value = $"lead{id}@example.com";
            parameters[4].Value = Titles[random.Next(Titles.Length)];
            parameters[5].Value = Countries[random.Next(Countries.Length)];
            parameters[6].Value = random.Next(2) == 0 ? "Software" : "Retail";
            parameters[7].Value = random.Next(5) == 0 ? DBNull.Value : random.Next(1, 5000);
            parameters[8].Value = Format(now.AddDays(-random.Next(1, 200)));
            parameters[9].Value = CustomFields ? CustomFieldsJson(random) : DBNull.Value;
            lead.ExecuteNonQuery();
            for (var e = random.Next(6); e > 0; e--)
            {
                eLead.Value = id;
                eKind.Value = Kinds[random.Next(Kinds.Length)];
                eAt.Value = Format(now.AddDays(-random.Next(0, 150)).AddMinutes(-random.Next(1440)));
                engagement.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    private static readonly string[] Origins = ["Landing Page Submission", "API", "Lead Add Form", "Lead Import"];
    private static readonly string?[] Cities = ["Mumbai", "Thane & Outskirts", "Other Cities", null];

    private static string CustomFieldsJson(Random random) => System.Text.Json.JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
    {
        ["City"] = Cities[random.Next(Cities.Length)],
        ["Do Not Email"] = random.Next(10) == 0,
        ["How did you hear about X Education"] = random.Next(2) == 0 ? null : "Online Search",
        ["Lead Number"] = 600_000 + random.Next(60_000),
        ["Lead Origin"] = Origins[random.Next(Origins.Length)],
        ["Lead Profile"] = random.Next(2) == 0 ? null : "Potential Lead",
        ["Lead Source"] = random.Next(2) == 0 ? "Google" : "Olark Chat",
        ["Page Views Per Visit"] = Math.Round(random.NextDouble() * 6, 2),
        ["Specialization"] = random.Next(4) == 0 ? null : "Finance Management",
        ["TotalVisits"] = random.Next(20),
        ["secondsOnSite"] = random.Next(2300),
    });

    private static string Format(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
