namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>This instance's fan-out: the subscribers of each topic, and the delivery of each message to all of them at once.</summary>
public sealed class EventHub(ILogger<EventHub> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IEventSubscriber[]> _byTopic = new(StringComparer.Ordinal);

    public bool HasSubscribers
    {
        get
        {
            lock (_lock)
            {
                return _byTopic.Count > 0;
            }
        }
    }

    public IDisposable Subscribe(string topic, IEventSubscriber subscriber)
    {
        lock (_lock)
        {
            _byTopic[topic] = [.. _byTopic.GetValueOrDefault(topic) ?? [], subscriber];
        }

        return new Unsubscriber(this, topic, subscriber);
    }

    /// <summary>Hands <paramref name="message"/> to every subscriber of its topic; one that throws is logged and the others still get it.</summary>
    public async Task DispatchAsync(OutboxMessage message, CancellationToken ct)
    {
        IEventSubscriber[]? subscribers;
        lock (_lock)
        {
            subscribers = _byTopic.GetValueOrDefault(message.Topic);
        }

        if (subscribers is null)
            return;
        if (subscribers.Length == 1)
        {
            await DeliverAsync(subscribers[0], message, ct);
            return;
        }

        await Task.WhenAll(subscribers.Select(s => DeliverAsync(s, message, ct)));
    }

    private async Task DeliverAsync(IEventSubscriber subscriber, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await subscriber.DeliverAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "A subscriber of {Topic} failed on outbox position {Position}", message.Topic, message.Position);
        }
    }

    private void Remove(string topic, IEventSubscriber subscriber)
    {
        lock (_lock)
        {
            if (!_byTopic.TryGetValue(topic, out var current))
                return;
            var left = current.Where(s => !ReferenceEquals(s, subscriber)).ToArray();
            if (left.Length == 0)
                _byTopic.Remove(topic);
            else
                _byTopic[topic] = left;
        }
    }

    private sealed class Unsubscriber(EventHub hub, string topic, IEventSubscriber subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                hub.Remove(topic, subscriber);
        }
    }
}
