namespace SalesGraph.Data.Leads;

/// <summary>
/// The lead sources the current caller may submit and read; <c>null</c> means all. The API enters it per request from
/// the caller's key or token, and every <see cref="SalesDbContext"/> query over leads and engagements is filtered by it
/// in SQL (a global query filter), whatever code path runs the query. Outside a request (start-up, imports, the
/// rule-version poller) it is null.
/// </summary>
public static class LeadSourceScope
{
    private static readonly AsyncLocal<LeadSource[]?> Scope = new();

    public static IReadOnlyCollection<LeadSource>? Current => Scope.Value;

    /// <summary>Scopes the current async flow to <paramref name="sources"/> (null: all) until the result is disposed.</summary>
    public static IDisposable Enter(IEnumerable<LeadSource>? sources)
    {
        var previous = Scope.Value;
        Scope.Value = sources?.Distinct().Order().ToArray();
        return new Restore(previous);
    }

    public static bool Allows(LeadSource source) => Scope.Value is not { } sources || Array.IndexOf(sources, source) >= 0;

    private sealed class Restore(LeadSource[]? previous) : IDisposable
    {
        public void Dispose() => Scope.Value = previous;
    }
}
