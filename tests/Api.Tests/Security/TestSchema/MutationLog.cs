using System.Collections.Concurrent;

namespace SalesGraph.Api.Tests.Security.TestSchema;

/// <summary>Records which mutation resolvers actually ran.</summary>
public sealed class MutationLog
{
    private readonly ConcurrentQueue<string> ran = new();

    public IReadOnlyCollection<string> Ran => ran;

    public string Record(string mutation)
    {
        ran.Enqueue(mutation);
        return "done";
    }
}
