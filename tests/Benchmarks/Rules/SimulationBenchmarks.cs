using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Rules.Simulation;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Rules;
using LeadSource = SalesGraph.Data.Leads.LeadSource;
using RuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Benchmarks.Rules;

/// <summary>simulateRuleSet over 100,000 stored leads (a fifth with engagement): load in batches of 1,000, evaluate under the
/// published rules and the draft, count the differences (target under 15 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SimulationBenchmarks
{
    private const int Leads = 100_000;
    private RulesBenchmarkHost _host = null!;
    private RuleSetSimulator _simulator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new RulesBenchmarkHost();
        _simulator = _host.Services.GetRequiredService<RuleSetSimulator>();
        var random = new Random(42);
        string?[] countries = ["NL", "BE", "DE", "GB", "FR", "US", "IN", null];
        string?[] titles = ["CEO", "CTO", "IT Manager", "Developer", "Student", null];
        var created = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var start = 0; start < Leads; start += 10_000)
        {
            using var db = _host.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Leads.AddRange(Enumerable.Range(start, 10_000).Select(i =>
            {
                var lead = new Lead
                {
                    ExternalId = $"bench-{i}",
                    Source = (LeadSource)random.Next(10),
                    Email = $"lead{i}@company{random.Next(1, 400)}.com",
                    EmailDomain = $"company{random.Next(1, 400)}.com",
                    Country = countries[random.Next(countries.Length)],
                    JobTitle = titles[random.Next(titles.Length)],
                    Employees = random.Next(5) == 0 ? null : (int)Math.Pow(10, random.NextDouble() * 4.5),
                    ConsentEmail = true,
                    CreatedAt = created,
                    UpdatedAt = created,
                };
                if (random.Next(5) == 0)
                    lead.Engagements.Add(new Engagement { Kind = (EngagementKind)random.Next(7), OccurredAt = created.AddDays(random.Next(100)) });
                return lead;
            }));
            db.SaveChanges();
        }
        using var rules = _host.CreateDbContext();
        rules.ScoringRules.Add(RuleRows.ToRow(new RuleSpec(0, "Benelux bonus", SalesGraph.Scoring.Rules.RuleSetKind.LeadScoring,
            "Lead.Country == \"NL\" || Lead.Country == \"BE\"", new AddPoints(ScoreDimension.Fit, 15)), "bench", DateTime.UtcNow));
        rules.SaveChanges();
    }

    [Benchmark]
    public int Simulate100000Leads()
    {
        var result = _simulator.SimulateLeadsAsync(RuleSetKind.LeadScoring, null, 10, CancellationToken.None).GetAwaiter().GetResult();
        return result.Evaluated == Leads ? result.Changed : throw new InvalidOperationException($"evaluated {result.Evaluated}");
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();
}
