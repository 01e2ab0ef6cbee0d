using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Telemetry;
using SalesGraph.Data;

namespace SalesGraph.Api.Rules;

/// <summary>Runs one batch of a rescoring run in its own context and transaction, retrying when a concurrent writer got there
/// first (a team's round-robin cursor, a lead's RowVersion).</summary>
public static class BatchCommitter
{
    private const int Attempts = 3;

    /// <summary>The loop of a re-evaluation over stored subjects: the ids in batches, each committed by <see cref="CommitAsync"/>;
    /// a batch that keeps conflicting is counted as skipped.</summary>
    public static async Task<EvaluationRun> RunAsync(IDbContextFactory<SalesDbContext> dbFactory, IReadOnlyList<int> ids, int batchSize, int version,
        Func<SalesDbContext, int[], Task<BatchTally>> batch, CancellationToken ct)
    {
        int evaluated = 0, changed = 0, skipped = 0;
        foreach (var chunk in ids.Chunk(Math.Max(1, batchSize)))
        {
            if (await CommitAsync(dbFactory, db => batch(db, chunk), ct) is not { } tally)
            {
                skipped += chunk.Length;
                continue;
            }
            evaluated += tally.Evaluated;
            changed += tally.Changed;
        }
        return new EvaluationRun(evaluated, changed, version, skipped);
    }

    /// <returns>The batch's result, or null when every attempt conflicted.</returns>
    public static async Task<T?> CommitAsync<T>(IDbContextFactory<SalesDbContext> dbFactory, Func<SalesDbContext, Task<T>> batch, CancellationToken ct)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            using var span = SalesTelemetry.Start("db.batch");
            span?.SetTag("salesgraph.attempt", attempt);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await batch(db);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return null;
            }
        }
    }
}
