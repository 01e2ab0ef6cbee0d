using System.Text.Json;

namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>One outbox row as the hub hands it out; its events are deserialized once, by the first subscriber that reads them.</summary>
public sealed class OutboxMessage(long position, string topic, string payload, DateTime createdAt)
{
    private readonly Lock _lock = new();
    private object? _events;

    public long Position { get; } = position;

    public string Topic { get; } = topic;

    public string Payload { get; } = payload;

    /// <summary>When the change committed (the row's time), for delivery latency.</summary>
    public DateTime CreatedAt { get; } = createdAt;

    public IReadOnlyList<T> Read<T>()
    {
        lock (_lock)
        {
            return (IReadOnlyList<T>)(_events ??= JsonSerializer.Deserialize<List<T>>(Payload, EventJson.Options) ?? []);
        }
    }
}
