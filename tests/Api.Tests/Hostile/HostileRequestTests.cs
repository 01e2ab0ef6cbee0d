using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>
/// Misbehaving requests against the real server on loopback: each gets a 4xx or a GraphQL error, never a 5xx or a
/// trace of the internals; afterwards the API still answers and the database is unchanged; memory does not grow.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileRequestTests(HostileServer server)
{
    private static readonly string[] Leaks = ["   at ", "Exception", "SELECT ", "SQLite Error", "/tmp/", "/work/", "/home/", ".cs:line", "StackTrace"];

    public static TheoryData<string> Cases() => [.. HostileCases.All.Select(c => c.Name)];

    public static TheoryData<string> InjectionStrings() =>
        ["'; DROP TABLE Accounts;--", "<script>alert(1)</script>", "%", "_", "\0", "\\", "' OR '1'='1", "\u202e\ud83d\ude00"];

    [Fact]
    public void Server_ListensOnLoopbackOnly()
    {
        Assert.Equal("127.0.0.1", server.Api.BaseAddress.Host);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Send_HostileRequest_Gets4xxOrGraphQLErrorAndChangesNothing(string name)
    {
        var hostile = HostileCases.All.Single(c => c.Name == name);
        var before = await DatabaseFingerprint.TakeAsync(server.Api.DatabasePath);

        var outcome = await hostile.SendAsync(server);

        AssertRefusedCleanly(hostile, outcome);
        await server.AssertStillAnswersAsync();
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(server.Api.DatabasePath));
    }

    [Theory]
    [MemberData(nameof(InjectionStrings))]
    public async Task Mutations_InjectionStringInEveryTextInput_NoServerErrorOrLeak(string text)
    {
        var schema = server.Api.Services.GetRequiredService<SalesSchema>();
        var mutations = schema.Mutation?.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)) ?? [];

        foreach (var field in mutations)
        {
            var response = await server.AdminClient.PostAsJsonAsync("/graphql", new { query = MinimalInvocation.Document("mutation", field, text) });
            var outcome = await HostileOutcome.FromAsync(response);

            Assert.True(outcome.Status < 500, $"{field.Name}: {outcome.Body}");
            AssertNoLeak(outcome.Body);
        }

        await server.AssertStillAnswersAsync();
        Assert.NotNull(await DatabaseFingerprint.TakeAsync(server.Api.DatabasePath)); // the file is still a readable database
    }

    [Fact]
    public async Task HostileCases_RepeatedThreeTimes_ManagedMemoryBackWithin20Percent()
    {
        var fast = HostileCases.All.Where(c => !c.Slow).ToList();
        await RunAsync(fast); // warm-up: JIT, caches, buffer and connection pools reach their working size
        await RunAsync(fast);
        var before = ManagedMemory();
        var rounds = new List<long>();

        for (var round = 0; round < 3; round++)
        {
            await RunAsync(fast);
            rounds.Add(ManagedMemory());
        }

        var after = rounds[^1];
        Assert.True(after <= before * 1.2, $"managed memory grew from {before:N0} to {after:N0} bytes (rounds: {string.Join(", ", rounds.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))})");
        await server.AssertStillAnswersAsync();
    }

    private async Task RunAsync(IEnumerable<HostileCase> cases)
    {
        foreach (var hostile in cases)
        {
            AssertRefusedCleanly(hostile, await hostile.SendAsync(server));
        }
    }

    /// <summary>Live managed bytes: a full blocking GC that also compacts the large-object heap (hostile bodies land there).</summary>
    private static long ManagedMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private void AssertRefusedCleanly(HostileCase hostile, HostileOutcome outcome)
    {
        Assert.True(outcome.Status != -1, $"{hostile.Name}: {outcome.Body}");
        if (outcome.Closed)
        {
            // Only the big and slow bodies may end in a closed connection (after the server's 413/408 or timeout).
            Assert.True(hostile.Slow || hostile.Name.StartsWith("body-", StringComparison.Ordinal), $"{hostile.Name}: connection closed without an answer");
            return;
        }

        Assert.True(
            outcome.Status is >= 400 and < 500 || (outcome.Status == 200 && JsonNode.Parse(outcome.Body)?["errors"] is JsonArray { Count: > 0 }),
            $"{hostile.Name}: HTTP {outcome.Status} {Shorten(outcome.Body)}");
        AssertNoLeak(outcome.Body);
        Assert.DoesNotContain(server.Api.DatabasePath, outcome.Body, StringComparison.Ordinal);
    }

    private static void AssertNoLeak(string body)
    {
        foreach (var leak in Leaks)
        {
            Assert.False(body.Contains(leak, StringComparison.OrdinalIgnoreCase), $"response leaks '{leak}': {Shorten(body)}");
        }
    }

    private static string Shorten(string body) => body.Length > 600 ? body[..600] + "…" : body;
}
