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

/// <summary>The stored leads with a known outcome that a filter selects, batch by batch with their facts: the next batch loads
/// (its own context) while the caller evaluates this one.</summary>
public sealed class OutcomeLeadReader(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, RuleSetSimulator simulator)
{
    public async IAsyncEnumerable<(List<Lead> Rows, LeadBatch Facts)> ReadAsync(Expression<Func<Lead, bool>>? where, DateTime now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var batches = Channel.CreateBounded<(List<Lead>, LeadBatch)>(2);
        var loading = Task.Run(async () =>
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var leads = db.Leads.AsNoTracking().Where(l => l.Converted != null);
                if (where is not null)
                    leads = leads.Where(where);
                await foreach (var batch in simulator.BatchesAsync(leads, ct))
                    await batches.Writer.WriteAsync((batch, await LeadBatchLoader.LoadAsync(db, batch, now, engine.Options.EngagementHalfLifeDays, ct)), ct);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, ct);
        await foreach (var item in batches.Reader.ReadAllAsync(ct))
            yield return item;
        await loading;
    }
}
