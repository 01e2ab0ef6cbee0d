using Microsoft.Extensions.Options;

namespace SalesGraph.Api.Subscriptions.Transport;

/// <summary>The live WebSocket connections and subscriptions of this instance, counted per key (or token subject) for its limit
/// and in total for the metrics: a count that stays above zero after every client left is a leak.</summary>
public sealed class SubscriptionRegistry(IOptions<SubscriptionOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _perKey = new(StringComparer.Ordinal);
    private int _active;
    private int _connections;

    public int Active => Volatile.Read(ref _active);

    public int Connections => Volatile.Read(ref _connections);

    public int ActiveFor(string key)
    {
        lock (_lock)
        {
            return _perKey.GetValueOrDefault(key);
        }
    }

    /// <summary>A lease on one subscription for <paramref name="key"/>, or null when the key is at its limit.</summary>
    public IDisposable? TryAcquire(string key)
    {
        lock (_lock)
        {
            var count = _perKey.GetValueOrDefault(key);
            if (count >= options.Value.MaxSubscriptionsPerKey)
                return null;
            _perKey[key] = count + 1;
            _active++;
        }

        return new Lease(() =>
        {
            lock (_lock)
            {
                if (_perKey[key] == 1)
                    _perKey.Remove(key);
                else
                    _perKey[key]--;
                _active--;
            }
        });
    }

    public IDisposable Connect()
    {
        Interlocked.Increment(ref _connections);
        return new Lease(() => Interlocked.Decrement(ref _connections));
    }

    private sealed class Lease(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                release();
        }
    }
}
