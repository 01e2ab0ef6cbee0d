using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SalesGraph.Benchmarks.Soak;

/// <summary>
/// <c>soak [--minutes N] [--workers W]</c>: starts the API on loopback with a temporary database and sends mixed load
/// for N minutes (default 5, at most 60): graph queries, filters, lead intake and one rule-set publish a minute
/// where the schema has them. Prints status counts, latency percentiles, throughput and the server's memory.
/// </summary>
public static class SoakRunner
{
    private const int MaxRequests = 5_000_000;

    private static readonly string[] Queries =
    [
        "{ accounts(first: 20, order: [{ name: ASC }]) { nodes { name industry contacts { fullName role } opportunities { name stage amount } } } }",
        "{ accounts(first: 10, where: { country: { eq: \"NL\" } }) { totalCount nodes { name leads { totalScore grade } } } }",
        "{ leads(first: 25, order: [{ totalScore: DESC }]) { nodes { externalId totalScore grade stage account { name } } } }",
        "{ leads(first: 10, where: { and: [{ totalScore: { gte: 50 } }, { company: { contains: \"a\" } }] }) { totalCount } }",
        "{ tenders(first: 20, where: { title: { startsWith: \"S\" } }) { nodes { title valueAmount bidDecision } } }",
        "{ opportunities(first: 20, where: { stage: { in: [PROPOSAL, NEGOTIATION] } }) { nodes { name amount account { name } } } }",
        "{ contacts(first: 20, where: { role: { eq: DECIDER } }) { nodes { fullName email jobTitle } } }",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = Math.Clamp(Option(args, "--minutes", 5), 1, 60);
        var workers = Math.Clamp(Option(args, "--workers", 8), 1, 64);
        var root = RepositoryRoot();
        var apiDll = Path.Combine(root, "src", "Api", "bin", "Release", "net10.0", "SalesGraph.Api.dll");
        if (!File.Exists(apiDll))
        {
            Console.Error.WriteLine($"Build the API first: dotnet build -c Release src/Api ({apiDll} is missing)");
            return 2;
        }

        await using var server = await SoakServer.StartAsync(apiDll, Path.Combine(root, "src", "Api"));
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", server.AdminKey);
        var mutations = await MutationNamesAsync(client);
        var intake = mutations.Contains("submitLeads");
        var publish = mutations.Contains("publishRuleSet");
        Console.WriteLine($"API pid {server.ProcessId} on {server.Address}; {minutes} min, {workers} workers; intake {(intake ? "on" : "skipped (no submitLeads)")}, publish {(publish ? "on" : "skipped (no publishRuleSet)")}");

        for (var i = 0; i < 20; i++)
        {
            await client.PostAsJsonAsync("/graphql", new { query = Queries[i % Queries.Length] }); // warm-up
        }

        var memoryStart = server.Memory();
        var stats = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var statuses = new ConcurrentDictionary<int, int>();
        var errors = new ConcurrentDictionary<string, int>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromMinutes(minutes);

        async Task SendAsync(string kind, object body)
        {
            var watch = Stopwatch.StartNew();
            int status;
            try
            {
                using var response = await client.PostAsJsonAsync("/graphql", body);
                var text = await response.Content.ReadAsStringAsync();
                status = (int)response.StatusCode;
                if (JsonNode.Parse(text)?["errors"] is JsonArray { Count: > 0 } list)
                {
                    errors.AddOrUpdate($"{kind}: {list[0]?["extensions"]?["code"] ?? list[0]?["message"]}", 1, (_, n) => n + 1);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            stats.GetOrAdd(kind, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        }

        var load = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (clock.Elapsed < end && Interlocked.Increment(ref sent) <= MaxRequests)
            {
                if (intake && random.Next(5) == 0)
                {
                    var id = $"soak-{worker}-{Guid.NewGuid():N}";
                    await SendAsync("intake", new
                    {
                        query = "mutation($input: SubmitLeadsInput!) { submitLeads(input: $input) { __typename } }",
                        variables = new { input = new { leads = new[] { new { source = "WEB_FORM", externalId = id, email = $"{id}@example.com", company = "Soak BV" } } } },
                    });
                    continue;
                }

                var query = Queries[random.Next(Queries.Length)];
                await SendAsync(query.Contains("where", StringComparison.Ordinal) ? "filter" : "graph", new { query });
            }
        })).ToList();
        if (publish)
        {
            load.Add(Task.Run(async () =>
            {
                while (clock.Elapsed < end)
                {
                    await SendAsync("publish", new { query = "mutation { publishRuleSet(input: { kind: LEAD_SCORING, note: \"soak\" }) { version { number } errors { __typename } } }" });
                    var remaining = end - clock.Elapsed;
                    await Task.Delay(remaining < TimeSpan.FromMinutes(1) ? (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero) : TimeSpan.FromMinutes(1));
                }
            }));
        }

        await Task.WhenAll(load);
        var seconds = clock.Elapsed.TotalSeconds;
        var memoryEnd = server.Memory();

        var all = stats.Values.SelectMany(v => v).Order().ToArray();
        Console.WriteLine($"requests {all.Length:N0} in {seconds:N0} s = {all.Length / seconds:N1}/s");
        Console.WriteLine("status " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}")) + $"; 5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}");
        Console.WriteLine($"all      p50 {P(all, 50):N1} ms  p95 {P(all, 95):N1} ms  p99 {P(all, 99):N1} ms  max {all.LastOrDefault():N1} ms");
        foreach (var (kind, bag) in stats.OrderBy(s => s.Key))
        {
            var sorted = bag.Order().ToArray();
            Console.WriteLine($"{kind,-8} n {sorted.Length,8:N0}  p50 {P(sorted, 50):N1} ms  p95 {P(sorted, 95):N1} ms  p99 {P(sorted, 99):N1} ms");
        }

        foreach (var (error, count) in errors.OrderByDescending(e => e.Value).Take(10))
        {
            Console.WriteLine($"GraphQL error {error}: {count:N0}");
        }

        Console.WriteLine($"server memory (VmRSS) start {memoryStart.Rss:N0} MB, end {memoryEnd.Rss:N0} MB, peak (VmHWM) {memoryEnd.Peak:N0} MB");
        return statuses.Any(s => s.Key >= 500 || s.Key == 0) ? 1 : 0;
    }

    private static double P(double[] sorted, int percentile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static async Task<HashSet<string>> MutationNamesAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ __schema { mutationType { fields { name } } } }" });
        var fields = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["data"]?["__schema"]?["mutationType"]?["fields"] as JsonArray;
        return [.. fields?.Select(f => (string)f!["name"]!) ?? []];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
