using SalesGraph.Api.Subscriptions.Outbox;

namespace SalesGraph.Api.Subscriptions;

/// <summary>The source stream of a subscription field: the events of one topic that pass <paramref name="select"/>, as they
/// arrive through <see cref="EventHub"/>. Subscribing registers with the hub; disposing the subscription unregisters.</summary>
public sealed class EventStream<T>(EventHub hub, string topic, Func<IReadOnlyList<T>, CancellationToken, ValueTask<IReadOnlyList<T>>> select)
    : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => hub.Subscribe(topic, new Subscriber(observer, select));

    private sealed class Subscriber(IObserver<object?> observer, Func<IReadOnlyList<T>, CancellationToken, ValueTask<IReadOnlyList<T>>> select) : IEventSubscriber
    {
        public async ValueTask DeliverAsync(OutboxMessage message, CancellationToken ct)
        {
            foreach (var item in await select(message.Read<T>(), ct))
            {
                observer.OnNext(item);
            }
        }
    }
}
