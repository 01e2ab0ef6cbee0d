namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>Receives the outbox messages of one topic, in position order, from <see cref="EventHub"/>.</summary>
public interface IEventSubscriber
{
    ValueTask DeliverAsync(OutboxMessage message, CancellationToken ct);
}
