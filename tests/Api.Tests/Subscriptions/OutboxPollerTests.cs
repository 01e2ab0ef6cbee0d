using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Subscriptions;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Api.Tests.Leads.Intake;
using SalesGraph.Api.Tests.Security.Support;
using SalesGraph.Data;
using SalesGraph.Data.Events;
using SalesGraph.Data.Providers;

namespace SalesGraph.Api.Tests.Subscriptions;

/// <summary>
/// The outbox poller on the real SQLite file, with positions written by hand: a position that commits after a higher one
/// (as SQL Server identities allow) is looked for again until <see cref="SubscriptionOptions.GapTimeout"/>, and rows older than
/// <see cref="SubscriptionOptions.Retention"/> are deleted. Each test runs its own poller, hub and clock next to the host's.
/// </summary>
public sealed class OutboxPollerTests : IDisposable
{
    private const string Topic = "OutboxPollerTest";

    private readonly ApiFactory _api = new();
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly EventHub _hub = new(NullLogger<EventHub>.Instance);
    private readonly Recorder _received = new();

    public OutboxPollerTests() => _hub.Subscribe(Topic, _received);

    [Fact]
    public async Task Poll_APositionThatCommitsAfterAHigherOne_IsStillDeliveredOnce()
    {
        await _api.ArrangeAsync();
        using var poller = Poller(new SubscriptionOptions { GapTimeout = TimeSpan.FromSeconds(10) });
        await InsertAsync(1);
        await InsertAsync(3);
        await poller.PollAsync(CancellationToken.None);
        Assert.Equal([1, 3], _received.Positions);

        // Position 2 took its id first and commits last, within the gap timeout.
        _clock.Now += TimeSpan.FromSeconds(9);
        await InsertAsync(2);
        await poller.PollAsync(CancellationToken.None);
        await InsertAsync(4);
        await poller.PollAsync(CancellationToken.None);
        await poller.PollAsync(CancellationToken.None);

        Assert.Equal([1, 3, 2, 4], _received.Positions);
        Assert.Equal(4, poller.Position);
    }

    [Fact]
    public async Task Poll_APositionMissingLongerThanTheGapTimeout_CountsAsRolledBack()
    {
        await _api.ArrangeAsync();
        using var poller = Poller(new SubscriptionOptions { GapTimeout = TimeSpan.FromSeconds(10) });
        await InsertAsync(1);
        await InsertAsync(3);
        await poller.PollAsync(CancellationToken.None);

        _clock.Now += TimeSpan.FromSeconds(11);
        await poller.PollAsync(CancellationToken.None);
        await InsertAsync(2);
        await InsertAsync(4);
        await poller.PollAsync(CancellationToken.None);

        Assert.Equal([1, 3, 4], _received.Positions);
    }

    [Fact]
    public async Task Poll_AJumpOverAHundredPositions_IsAnIdentitySkipAndNotLookedForAgain()
    {
        await _api.ArrangeAsync();
        using var poller = Poller(new SubscriptionOptions { GapTimeout = TimeSpan.FromSeconds(10) });
        await InsertAsync(1);
        await InsertAsync(1002);
        await poller.PollAsync(CancellationToken.None);

        await InsertAsync(500);
        await poller.PollAsync(CancellationToken.None);

        Assert.Equal([1, 1002], _received.Positions);
    }

    [Fact]
    public async Task Poll_MoreRowsThanTheBatchSize_ReadsThemAllInOrder()
    {
        await _api.ArrangeAsync();
        using var poller = Poller(new SubscriptionOptions { PollBatchSize = 2 });
        for (var id = 1; id <= 5; id++)
            await InsertAsync(id);

        Assert.True(await poller.PollAsync(CancellationToken.None));
        Assert.True(await poller.PollAsync(CancellationToken.None));
        Assert.False(await poller.PollAsync(CancellationToken.None));

        Assert.Equal([1, 2, 3, 4, 5], _received.Positions);
    }

    [Fact]
    public async Task Cleanup_DeletesRowsOlderThanTheRetentionEveryCleanupInterval()
    {
        await _api.ArrangeAsync();
        var retention = TimeSpan.FromHours(1);
        var now = _clock.GetUtcNow().UtcDateTime;
        await InsertAsync(1, now - retention - TimeSpan.FromMinutes(1));
        await InsertAsync(2, now - retention + TimeSpan.FromMinutes(5));
        await InsertAsync(3, now);
        using var poller = Poller(new SubscriptionOptions
        {
            Retention = retention,
            CleanupInterval = TimeSpan.FromMinutes(10),
            PollInterval = TimeSpan.FromMilliseconds(20),
        });

        await poller.StartAsync(CancellationToken.None);
        try
        {
            await WaitForAsync(async () => (await IdsAsync()).SequenceEqual([2L, 3L]));

            // Row 2 is past the retention now, row 3 is not; the next cleanup is due after the interval.
            _clock.Now += TimeSpan.FromMinutes(10);
            await WaitForAsync(async () => (await IdsAsync()).SequenceEqual([3L]));
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Start_OnADatabaseNotThereYet_RetriesAndStartsAtTheNewestRowOnceItIs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"salesgraph-outbox-{Guid.NewGuid():N}.db");
        var ready = path + ".ready";
        // Unpooled, so each read opens the file anew and sees it once it has been put in place.
        var contexts = new FileContexts($"Data Source={path};Pooling=False");
        using var log = new LogCapture();
        using var poller = new OutboxPoller(contexts, _hub, Options.Create(new SubscriptionOptions { PollInterval = TimeSpan.FromMilliseconds(20) }), _clock, new Logger<OutboxPoller>(new LoggerFactory([log])));
        try
        {
            // No database yet (an empty file, no outbox table): reading the start position fails; the poller logs it and keeps
            // trying rather than ending, which would stop the host.
            await poller.StartAsync(CancellationToken.None);
            await WaitForAsync(() => Task.FromResult(poller.ExecuteTask!.IsCompleted || log.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal)) >= 2));
            Assert.False(poller.ExecuteTask!.IsCompleted, $"the poller ended: {poller.ExecuteTask.Exception?.GetBaseException().Message}");

            // The database appears at once, already holding row 7 (migrated elsewhere, then moved into place).
            await using (var db = new FileContexts($"Data Source={ready};Pooling=False").CreateDbContext())
            {
                await db.Database.MigrateAsync();
                db.OutboxEvents.Add(new OutboxEvent { Id = 7, Topic = Topic, Payload = "[]", CreatedAt = _clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync();
            }

            File.Move(ready, path, overwrite: true);

            // It starts at the newest row (7 is from before its start: not delivered) and delivers what comes after.
            await WaitForAsync(() => Task.FromResult(poller.Position == 7));
            await using (var db = contexts.CreateDbContext())
            {
                db.OutboxEvents.Add(new OutboxEvent { Id = 8, Topic = Topic, Payload = "[]", CreatedAt = _clock.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync();
            }

            await WaitForAsync(() => Task.FromResult(_received.Positions.SequenceEqual([8L])));
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
            File.Delete(path);
            File.Delete(ready);
        }
    }

    public void Dispose() => _api.Dispose();

    private OutboxPoller Poller(SubscriptionOptions options) => new(
        _api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>(), _hub, Options.Create(options), _clock, NullLogger<OutboxPoller>.Instance);

    private async Task InsertAsync(long id, DateTime? createdAt = null) => await _api.DbAsync(async db =>
    {
        db.OutboxEvents.Add(new OutboxEvent { Id = id, Topic = Topic, Payload = "[]", CreatedAt = createdAt ?? _clock.GetUtcNow().UtcDateTime });
        return await db.SaveChangesAsync();
    });

    private async Task<List<long>> IdsAsync() =>
        await _api.DbAsync(db => db.OutboxEvents.Where(e => e.Topic == Topic).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());

    private static async Task WaitForAsync(Func<Task<bool>> condition, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(20);
        }
    }

    /// <summary>Contexts on a SQLite file of the test's own, apart from the host's database.</summary>
    private sealed class FileContexts(string connectionString) : IDbContextFactory<SalesDbContext>
    {
        public SalesDbContext CreateDbContext() =>
            new SqliteSalesDbContext(new DbContextOptionsBuilder<SqliteSalesDbContext>().UseSqlite(connectionString).Options);
    }

    private sealed class Recorder : IEventSubscriber
    {
        private readonly List<long> _positions = [];

        public List<long> Positions
        {
            get
            {
                lock (_positions)
                {
                    return [.. _positions];
                }
            }
        }

        public ValueTask DeliverAsync(OutboxMessage message, CancellationToken ct)
        {
            lock (_positions)
            {
                _positions.Add(message.Position);
            }

            return ValueTask.CompletedTask;
        }
    }
}
