using System.Linq.Expressions;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Rules.Simulation;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Leads;

namespace SalesGraph.Api.Rules.Backtest;

/// <summary>The stored leads with a known outcome that a filter selects, in id order, batch by batch with their facts. Three stages
/// overlap, each on its own thread: one query streams the rows (<see cref="RuleSetSimulator.RuleColumns"/>; measured 3 times cheaper
/// over 100,000 leads than a keyset page per batch), the next stage loads each batch's facts (its own context), and the caller
/// evaluates. Bounded channels between them keep at most a few batches in memory.</summary>
public sealed class OutcomeLeadReader(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine)
{
    public async IAsyncEnumerable<(List<Lead> Rows, LeadBatch Facts)> ReadAsync(Expression<Func<Lead, bool>>? where, DateTime now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var size = Math.Max(1, engine.Options.BatchSize);
        var rows = Channel.CreateBounded<List<Lead>>(2);
        var batches = Channel.CreateBounded<(List<Lead>, LeadBatch)>(2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(async () =>
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stop.Token);
                var leads = db.Leads.AsNoTracking().Where(l => l.Converted != null);
                if (where is not null)
                    leads = leads.Where(where);
                var batch = new List<Lead>(size);
                await foreach (var lead in leads.OrderBy(l => l.Id).Select(RuleSetSimulator.RuleColumns).AsAsyncEnumerable().WithCancellation(stop.Token))
                {
                    batch.Add(lead);
                    if (batch.Count < size)
                        continue;
                    await rows.Writer.WriteAsync(batch, stop.Token);
                    batch = new List<Lead>(size);
                }
                if (batch.Count > 0)
                    await rows.Writer.WriteAsync(batch, stop.Token);
                rows.Writer.Complete();
            }
            catch (Exception e)
            {
                rows.Writer.Complete(e);
            }
        }, stop.Token);
        var loading = Task.Run(async () =>
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stop.Token);
                await foreach (var batch in rows.Reader.ReadAllAsync(stop.Token))
                    await batches.Writer.WriteAsync((batch, await LeadBatchLoader.LoadAsync(db, batch, now, engine.Options.EngagementHalfLifeDays, stop.Token)), stop.Token);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, stop.Token);
        try
        {
            await foreach (var item in batches.Reader.ReadAllAsync(ct))
                yield return item;
        }
        finally
        {
            // A caller that stops early (or fails) stops the stages too.
            await stop.CancelAsync();
            await Task.WhenAll(reading, loading).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
