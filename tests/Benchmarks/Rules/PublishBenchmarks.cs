using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Rules.Publishing;
using SalesGraph.Scoring;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;
using RuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Benchmarks.Rules;

/// <summary>publishRuleSet on a 200-rule lead-scoring draft: read the rows, compile to check, write the version, compile and swap (target under 1 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class PublishBenchmarks
{
    private RulesBenchmarkHost _host = null!;
    private RuleSetPublisher _publisher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new RulesBenchmarkHost();
        _publisher = _host.Services.GetRequiredService<RuleSetPublisher>();
        using var db = _host.CreateDbContext();
        db.ScoringRules.Where(r => r.RuleSet == RuleSetKind.LeadScoring).ExecuteDelete();
        var defaults = DefaultRules.For(ScoringKind.LeadScoring);
        db.ScoringRules.AddRange(Enumerable.Range(0, 200).Select(i =>
        {
            var template = defaults[i % defaults.Count];
            // Vary a literal so each rule is a distinct condition for the Rete network.
            var when = template.When.Contains(">= 1", StringComparison.Ordinal) ? template.When.Replace(">= 1", $">= {1 + (i / defaults.Count)}", StringComparison.Ordinal) : template.When;
            return RuleRows.ToRow(template with { Name = $"{template.Name} #{i}", When = when }, "bench", DateTime.UtcNow);
        }));
        db.SaveChanges();
    }

    [Benchmark]
    public int Publish200Rules()
    {
        var result = _publisher.PublishAsync(RuleSetKind.LeadScoring, "benchmark", "bench").GetAwaiter().GetResult();
        return result.Version?.Number ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();
}
