using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Calibration;
using SalesGraph.Scoring.Engine;

namespace SalesGraph.Benchmarks.Calibration;

/// <summary><c>dotnet run -c Release --project tests/Benchmarks -- calibration-profile [rounds]</c>: the phases of the calibration
/// paths timed with a stopwatch on the benchmark's data (a quick look at where the time goes, not a measurement).</summary>
public static class CalibrationProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var bench = new CalibrationBenchmarks { SkipWarmUp = true };
        bench.Setup();
        var services = bench.Services;
        var reader = services.GetRequiredService<OutcomeLeadReader>();
        var engine = services.GetRequiredService<RuleEngine>();
        var sampler = services.GetRequiredService<CalibrationSampler>();
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                var now = DateTime.UtcNow;
                var simulator = services.GetRequiredService<SalesGraph.Api.Rules.Simulation.RuleSetSimulator>();
                var dbFactory = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SalesGraph.Data.SalesDbContext>>();
                var leads = new List<SalesGraph.Data.Leads.Lead>();
                await Time("EF keyset pages", async () =>
                {
                    await using var db = await dbFactory.CreateDbContextAsync();
                    leads.Clear();
                    await foreach (var batch in simulator.BatchesAsync(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Leads).Where(l => l.Converted != null), CancellationToken.None))
                        leads.AddRange(batch);
                    return leads.Count;
                });
                await Time("EF stream (one query)", async () =>
                {
                    await using var db = await dbFactory.CreateDbContextAsync();
                    var n = 0;
                    await foreach (var l in Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Leads).Where(l => l.Converted != null).OrderBy(l => l.Id)
                        .Select(SalesGraph.Api.Rules.Simulation.RuleSetSimulator.RuleColumns)
                        .AsAsyncEnumerable())
                        n++;
                    return n;
                });
                await Time("LeadFacts.From", () => Task.FromResult(leads.Sum(l => SalesGraph.Api.Leads.Scoring.LeadFacts.From(l).CustomFields.Count)));
                await Time("custom field parse", () => Task.FromResult(leads.Sum(l => SalesGraph.Scoring.Facts.CustomFieldValues.Parse(l.CustomFields).Count)));
                await Time("batch loader", async () =>
                {
                    await using var db = await dbFactory.CreateDbContextAsync();
                    var n = 0;
                    foreach (var chunk in leads.Chunk(1000))
                        n += (await SalesGraph.Api.Leads.Scoring.LeadBatchLoader.LoadAsync(db, chunk, now, 30, CancellationToken.None)).Leads.Count;
                    return n;
                });
                SalesGraph.Scoring.Engine.CompiledRuleSet? draft = null;
                await Time("compile draft", async () =>
                {
                    await using var db = await dbFactory.CreateDbContextAsync();
                    draft = (await SalesGraph.Api.Rules.DraftCompiler.CompileAsync(db, SalesGraph.Data.Rules.RuleSetKind.LeadScoring, CancellationToken.None)).RuleSet;
                    return draft!.Rules.Count;
                });
                var batches = new List<SalesGraph.Scoring.Leads.LeadBatch>();
                await foreach (var (_, facts) in reader.ReadAsync(null, now, CancellationToken.None))
                    batches.Add(facts);
                await Time("evaluate draft (memory)", () => Task.FromResult(batches.Sum(b => engine.EvaluateLeads(b, now, draft!, CalibrationSampler.NoRouting).Results.Count)));
                await Time("evaluate published (memory)", () => Task.FromResult(batches.Sum(b => engine.EvaluateLeads(b, now).Results.Count)));
                await Time("read leads + facts", async () =>
                {
                    var n = 0;
                    await foreach (var (rows, _) in reader.ReadAsync(null, now, CancellationToken.None))
                        n += rows.Count;
                    return n;
                });
                await Time("read + evaluate published", async () =>
                {
                    var n = 0;
                    await foreach (var (_, facts) in reader.ReadAsync(null, now, CancellationToken.None))
                        n += engine.EvaluateLeads(facts, now).Results.Count;
                    return n;
                });
                await Time("sampler", async () => (await sampler.SampleAsync(null, CalibrationQueries.Default, CancellationToken.None)).Sample!.Count);
                await Time("fit (product)", () => Task.FromResult((int)bench.FitProduct().Iterations));
                await Time("fit (hand IRLS)", () => Task.FromResult((int)bench.FitHandIrls().Iterations));
                await Time("backtest GraphQL", async () => (await bench.BacktestGraphQL()).Length);
                await Time("suggestPoints GraphQL", async () => (await bench.SuggestPointsGraphQL()).Length);
                await Time("suggestRules GraphQL", async () => (await bench.SuggestRulesGraphQL()).Length);
                await Time("hand-written reader", () => Task.FromResult((int)bench.CalibrationReadLeadsHandWritten()));
            }
        }
        finally
        {
            bench.Cleanup();
        }
        return 0;
    }

    private static async Task Time(string name, Func<Task<int>> work)
    {
        var watch = Stopwatch.StartNew();
        var result = await work();
        Console.WriteLine($"{name,-28} {watch.Elapsed.TotalMilliseconds,8:0} ms  ({result})");
    }
}
