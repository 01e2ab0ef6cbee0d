using SalesGraph.Api.Rules;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Events;

namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>Writes a change's events to the outbox as part of the change: one row per topic holding all its events.</summary>
public static class EventOutbox
{
    /// <summary>For tracked work: the row is saved by the caller's SaveChanges, in its transaction.</summary>
    public static void Add<T>(SalesDbContext db, string topic, IReadOnlyCollection<T> events, DateTime now)
    {
        if (events.Count > 0)
            db.OutboxEvents.Add(new OutboxEvent { Topic = topic, Payload = JsonSerializer.Serialize(events, EventJson.Options), CreatedAt = now });
    }

    /// <summary>For the untracked bulk path: inserted now, inside the transaction the caller holds open.</summary>
    public static async Task InsertAsync<T>(SalesDbContext db, string topic, IReadOnlyCollection<T> events, DateTime now, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Outbox rows are written inside the change's transaction.");
        var payload = JsonSerializer.Serialize(events, EventJson.Options);
        await using var insert = new PreparedStatement(db, d => d.InsertOutboxEvent);
        await insert.ExecuteAsync(ct, topic, payload, now);
    }
}
