using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Data;

namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>
/// Reads the outbox rows committed since the last position, on every instance, and hands them to <see cref="EventHub"/>:
/// every <see cref="SubscriptionOptions.PollInterval"/>, or at once when a commit on this instance calls <see cref="Wake"/>.
/// Starts at the newest row (a new instance does not replay history). A position skipped below the newest one read is looked
/// for again for <see cref="SubscriptionOptions.GapTimeout"/>: on SQL Server an identity is taken at insert and a transaction
/// that inserted earlier may commit later; on SQLite writers are serial and there are no such gaps. Also deletes rows older
/// than <see cref="SubscriptionOptions.Retention"/>.
/// </summary>
public sealed class OutboxPoller(
    IDbContextFactory<SalesDbContext> dbFactory,
    EventHub hub,
    IOptions<SubscriptionOptions> options,
    TimeProvider time,
    ILogger<OutboxPoller> logger) : BackgroundService
{
    // A larger jump is an identity-cache skip (SQL Server jumps by 1,000 after a restart), not transactions in flight.
    private const int MaxTrackedGap = 100;

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _polling = new(1, 1);
    private readonly Dictionary<long, DateTime> _gaps = [];
    private DateTime _nextCleanup;

    /// <summary>The newest position read.</summary>
    public long Position { get; private set; }

    /// <summary>Messages handed to the hub since start.</summary>
    public long Dispatched { get; private set; }

    /// <summary>Holds polling until the returned handle is disposed (waits for a poll in flight): for replacing the database
    /// underneath a running host, as tests do.</summary>
    public async Task<IDisposable> SuspendAsync()
    {
        await _polling.WaitAsync();
        return new Resume(_polling);
    }

    /// <summary>Poll now rather than at the next interval (coalesced: many wakes before a poll make one poll).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount > 0)
            return;
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // another wake got there first
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            await _polling.WaitAsync(stoppingToken);
            try
            {
                if (!started)
                {
                    // Events from before this instance started are not delivered: start at the newest row. Inside the retry, so a
                    // database that is busy or not there yet (still migrating, or replaced under a test) delays start, never stops the host.
                    Position = await NewestAsync(stoppingToken) ?? 0;
                    _nextCleanup = time.GetUtcNow().UtcDateTime;
                    started = true;
                }

                while (await PollAsync(stoppingToken))
                {
                    // a full batch: read on before sleeping
                }

                await CleanupIfDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Reading the event outbox failed at position {Position}; retrying", Position);
            }
            finally
            {
                _polling.Release();
            }

            try
            {
                await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Reads and dispatches one batch; true when the batch was full (more may be waiting).</summary>
    public async Task<bool> PollAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var expired in _gaps.Where(g => now - g.Value > settings.GapTimeout).Select(g => g.Key).ToList())
            _gaps.Remove(expired);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var position = Position;
        var gaps = _gaps.Keys.ToList();
        var rows = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Id > position || gaps.Contains(e.Id))
            .OrderBy(e => e.Id)
            .Take(settings.PollBatchSize)
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            // The table was emptied or the database replaced (its ids started again): read it from its start.
            if (await NewestAsync(ct) is var newest && (newest ?? 0) < position)
            {
                logger.LogInformation("The event outbox restarted below position {Position}; reading from its start", position);
                Position = 0;
                _gaps.Clear();
            }

            return false;
        }

        foreach (var row in rows)
        {
            if (!_gaps.Remove(row.Id))
            {
                for (var missing = Position + 1; missing < row.Id && row.Id - Position <= MaxTrackedGap; missing++)
                    _gaps.TryAdd(missing, now);
                Position = Math.Max(Position, row.Id);
            }

            await hub.DispatchAsync(new OutboxMessage(row.Id, row.Topic, row.Payload, row.CreatedAt), ct);
            Dispatched++;
        }

        return rows.Count == settings.PollBatchSize;
    }

    private async Task<long?> NewestAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OutboxEvents.MaxAsync(e => (long?)e.Id, ct);
    }

    private async Task CleanupIfDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now < _nextCleanup)
            return;
        _nextCleanup = now + options.Value.CleanupInterval;
        var before = now - options.Value.Retention;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deleted = await db.OutboxEvents.Where(e => e.CreatedAt < before).ExecuteDeleteAsync(ct);
        if (deleted > 0)
            logger.LogInformation("Deleted {Count} outbox rows older than {Before:O}", deleted, before);
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _polling.Dispose();
        base.Dispose();
    }

    private sealed class Resume(SemaphoreSlim polling) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                polling.Release();
        }
    }
}
