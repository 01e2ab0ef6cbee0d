namespace SalesGraph.Api.Tests.Hostile;

/// <summary>One misbehaving request. <paramref name="Slow"/> cases take seconds (they wait for the server's timeouts).</summary>
public sealed record HostileCase(string Name, Func<HostileServer, Task<HostileOutcome>> SendAsync, bool Slow = false)
{
    public override string ToString() => Name;
}
