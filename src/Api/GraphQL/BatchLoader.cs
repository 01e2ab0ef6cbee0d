using GraphQL;
using GraphQL.DataLoader;

namespace SalesGraph.Api.GraphQL;

/// <summary>
/// A per-request loader keyed by id: fields ask for their key and get a deferred result; GraphQL.NET resolves deferred
/// results after the other fields of the level, and the first one loads every key asked for so far in one batch (no N+1).
/// </summary>
public sealed class BatchLoader<TValue>(Func<IReadOnlyList<int>, CancellationToken, Task<IReadOnlyDictionary<int, TValue>>> load)
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly HashSet<int> _pending = [];
    private readonly Dictionary<int, TValue?> _loaded = [];
    private Task? _running;

    /// <summary>The request's loader named <paramref name="name"/>, created on first use.</summary>
    public static BatchLoader<TValue> For(IResolveFieldContext context, string name, Func<IReadOnlyList<int>, CancellationToken, Task<IReadOnlyDictionary<int, TValue>>> load)
    {
        var key = "salesgraph:loader:" + name;
        lock (context.UserContext)
        {
            if (context.UserContext.TryGetValue(key, out var existing) && existing is BatchLoader<TValue> loader)
                return loader;
            var created = new BatchLoader<TValue>(load);
            context.UserContext[key] = created;
            return created;
        }
    }

    public IDataLoaderResult<TValue?> Load(int key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
                _pending.Add(key);
        }
        return new Deferred(this, key);
    }

    private async Task<TValue?> GetAsync(int key, CancellationToken ct)
    {
        while (true)
        {
            Task running;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value))
                    return value;
                if (_running is null)
                {
                    _pending.Add(key);
                    List<int> keys = [.. _pending];
                    _pending.Clear();
                    _running = RunAsync(keys, ct);
                }
                running = _running;
            }
            await running;
        }
    }

    private async Task RunAsync(List<int> keys, CancellationToken ct)
    {
        try
        {
            var values = await load(keys, ct);
            lock (_gate)
            {
                foreach (var key in keys)
                    _loaded[key] = values.GetValueOrDefault(key);
            }
        }
        finally
        {
            lock (_gate)
                _running = null;
        }
    }

    private sealed class Deferred(BatchLoader<TValue> loader, int key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
