using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Data;
using SalesGraph.Data.Providers;
using SalesGraph.Data.Sales;

namespace SalesGraph.Benchmarks.Subscriptions;

/// <summary>
/// <c>subscriptions [--subscribers 100] [--leads 2000] [--batch 250] [--latency-leads 200] [--pace-ms 50] [--poll-ms 250]</c>:
/// two API instances on Kestrel (loopback) sharing one temporary SQLite file, and graphql-transport-ws clients on
/// <see cref="ClientWebSocket"/> in this process.
/// <list type="number">
/// <item>Throughput: the subscribers on instance A each subscribe to <c>leadScored</c> and <c>leadRouted</c>; the leads are
/// submitted to A with <c>submitLeads</c> in batches; events delivered per second = <c>next</c> messages received by all
/// clients / time from the first submit to the last message.</item>
/// <item>Latency, same instance: leads submitted one at a time to A (<c>submitLead</c>, one every pace), subscribers on A
/// (<c>leadScored</c>). A transaction interceptor on A takes a timestamp right after each commit that wrote an outbox row;
/// the client takes one when a message's last frame arrives; latency = receipt − commit (one clock: same process).</item>
/// <item>Latency, other instance: the same with the subscribers on B, which sees A's commits only by polling the outbox
/// every poll interval.</item>
/// </list>
/// </summary>
public static class SubscriptionLoadRunner
{
    private const string SubmitLeads = "mutation($input: SubmitLeadsInput!) { submitLeads(input: $input) { accepted results { outcome { route } } } }";
    private const string SubmitLead = "mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } errors { ... on Error { message } } } }";
    private const string Scored = "subscription { leadScored { leadId externalId company score grade stage team followUpDueAt ruleVersion } }";
    private const string Routed = "subscription { leadRouted { leadId score grade team rep followUpDueAt } }";

    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = Math.Clamp(Option(args, "--subscribers", 100), 1, 1000);
        var leads = Math.Clamp(Option(args, "--leads", 2000), 1, 100_000);
        var batch = Math.Clamp(Option(args, "--batch", 250), 1, 1000);
        var latencyLeads = Math.Clamp(Option(args, "--latency-leads", 200), 1, 10_000);
        var pace = TimeSpan.FromMilliseconds(Math.Clamp(Option(args, "--pace-ms", 50), 0, 10_000));
        var poll = TimeSpan.FromMilliseconds(Math.Clamp(Option(args, "--poll-ms", 250), 10, 10_000));
        var path = Path.Combine(Path.GetTempPath(), $"salesgraph-subscriptions-{Guid.NewGuid():N}.db");
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine($"{subscribers} subscribers, {leads} leads in batches of {batch}; latency: {latencyLeads} leads one every {pace.TotalMilliseconds:0} ms; poll interval {poll.TotalMilliseconds:0} ms");

        var commits = new CommitClock();
        try
        {
            using var a = Host(path, poll, commits);
            var key = await a.Services.GetRequiredService<ApiKeyStore>().CreateAsync("load", Roles.Admin, null);
            await SeedAsync(a.Services);
            using var b = Host(path, poll, null);
            using var http = a.CreateClient();
            http.DefaultRequestHeaders.Add("X-Api-Key", key.PlainText);
            var run = new Run(http, commits);

            // 1. Throughput on A.
            var onA = await ConnectAsync(a, key.PlainText, subscribers, ("scored", Scored), ("routed", Routed));
            await run.SubmitBatchAsync("warm", 50);
            await Until(() => onA.All(c => c.Next >= 50), TimeSpan.FromSeconds(120), "warm-up events on A");
            await Task.Delay(500);
            foreach (var client in onA)
                client.ResetCounts();
            var started = Stopwatch.GetTimestamp();
            var expected = 0L;
            var intake = Stopwatch.StartNew();
            for (var sent = 0; sent < leads; sent += batch)
                expected += await run.SubmitBatchAsync("bulk", Math.Min(batch, leads - sent));
            intake.Stop();
            expected *= subscribers;
            var complete = await Until(() => onA.Sum(c => c.Next) >= expected, TimeSpan.FromSeconds(300), "bulk events");
            var received = onA.Sum(c => c.Next);
            var last = onA.Max(c => c.LastReceipt);
            var seconds = Stopwatch.GetElapsedTime(started, last).TotalSeconds;
            Console.WriteLine();
            Console.WriteLine($"## Throughput, {subscribers} subscribers on one instance (leadScored + leadRouted each)");
            Console.WriteLine($"leads submitted: {leads} in {intake.Elapsed.TotalSeconds:0.00} s ({leads / intake.Elapsed.TotalSeconds:0} leads/s through submitLeads)");
            Console.WriteLine($"next messages: {received:N0} of {expected:N0} expected{(complete ? "" : " (INCOMPLETE)")}; first submit to last message {seconds:0.00} s");
            Console.WriteLine($"events delivered per second: {received / seconds:N0}");
            Console.WriteLine($"clients closed by the server: {Closed(onA)}");

            // 2. Latency on the same instance.
            await DisposeAllAsync(onA);
            var sameInstance = await ConnectAsync(a, key.PlainText, subscribers, ("scored", Scored));
            await LatencyAsync(run, sameInstance, latencyLeads, pace, $"same instance, {subscribers} subscribers");
            await DisposeAllAsync(sameInstance);

            // 3. Latency on another instance.
            var otherInstance = await ConnectAsync(b, key.PlainText, subscribers, ("scored", Scored));
            await LatencyAsync(run, otherInstance, latencyLeads, pace, $"other instance (poll interval {poll.TotalMilliseconds:0} ms), {subscribers} subscribers");
            await DisposeAllAsync(otherInstance);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }

        Console.WriteLine($"load average at end: {LoadAverage()}");
        return 0;
    }

    private static async Task LatencyAsync(Run run, List<LoadClient> clients, int count, TimeSpan pace, string title)
    {
        // Warm-up: the first events on a fresh connection set run cold code.
        for (var i = 0; i < 10; i++)
            await run.SubmitOneAsync("lat-warm");
        await Until(() => clients.All(c => c.Next >= 10), TimeSpan.FromSeconds(120), "latency warm-up");
        await Task.Delay(500);
        foreach (var client in clients)
            client.StartRecording();

        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var next = Stopwatch.GetTimestamp() + (long)(pace.TotalSeconds * Stopwatch.Frequency);
            ids.Add(await run.SubmitOneAsync("lat"));
            while (Stopwatch.GetTimestamp() < next)
                await Task.Delay(1);
        }

        var wanted = ids.ToHashSet();
        var complete = await Until(() => clients.All(c => c.Recorded(wanted) >= wanted.Count), TimeSpan.FromSeconds(60), "latency events");
        var latencies = clients
            .SelectMany(c => c.Receipts)
            .Where(r => wanted.Contains(r.LeadId))
            .Select(r => Stopwatch.GetElapsedTime(run.CommitOf(r.LeadId), r.At).TotalMilliseconds)
            .Order()
            .ToList();
        Console.WriteLine();
        Console.WriteLine($"## Latency from commit to client, {title}");
        Console.WriteLine($"deliveries: {latencies.Count:N0} of {(long)wanted.Count * clients.Count:N0}{(complete ? "" : " (INCOMPLETE)")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"p50 {Percentile(latencies, 0.50):0.0} ms, p90 {Percentile(latencies, 0.90):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies.LastOrDefault():0.0} ms"));
        Console.WriteLine($"clients closed by the server: {Closed(clients)}; commits per submit: {run.CommitsPerSubmit}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Round(p * (sorted.Count - 1))];

    private static string Closed(List<LoadClient> clients)
    {
        var closed = clients.Where(c => c.CloseStatus is not null).GroupBy(c => c.CloseStatus).Select(g => $"{g.Count()} with {(int)g.Key!.Value}").ToList();
        return closed.Count == 0 ? "none" : string.Join(", ", closed);
    }

    private static WebApplicationFactory<Program> Host(string path, TimeSpan poll, CommitClock? commits)
    {
        var factory = new LoadHost(path, poll, commits);
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    /// <summary>An API instance on Kestrel (a subclass: <c>UseKestrel</c> is not carried into a <c>WithWebHostBuilder</c> copy).</summary>
    private sealed class LoadHost(string path, TimeSpan poll, CommitClock? commits) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:ConnectionString", $"Data Source={path}");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseEnvironment("Benchmark");
            builder.UseSetting("Security:CreateAdminKeyOnFirstStart", "false");
            builder.UseSetting("Security:RateLimit:PermitsPerWindow", "1000000");
            builder.UseSetting("Subscriptions:PollInterval", poll.ToString());
            builder.UseSetting("Subscriptions:MaxSubscriptionsPerKey", "100000");
            builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().AddFilter((category, level) => level >= LogLevel.Warning && category?.StartsWith("Microsoft", StringComparison.Ordinal) != true));
            if (commits is not null)
                builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteSalesDbContext>(o => o.AddInterceptors(commits)));
        }
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var team = new Team { Name = "Enterprise EMEA", Kind = TeamKind.Sales };
        for (var i = 1; i <= 5; i++)
            team.Reps.Add(new SalesRep { FullName = $"Rep {i}", Capacity = 1_000_000 });
        db.Teams.Add(team);
        await db.SaveChangesAsync();
    }

    private static async Task<List<LoadClient>> ConnectAsync(WebApplicationFactory<Program> host, string key, int count, params (string Id, string Query)[] operations)
    {
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/graphql");
        var clients = new List<LoadClient>();
        for (var i = 0; i < count; i++)
            clients.Add(await LoadClient.ConnectAsync(uri, key, operations));
        // The subscriptions are registered when the server has executed each subscribe; give it a moment.
        await Task.Delay(1000);
        return clients;
    }

    private static async Task DisposeAllAsync(List<LoadClient> clients)
    {
        foreach (var client in clients)
            await client.DisposeAsync();
        await Task.Delay(500);
    }

    private static async Task<bool> Until(Func<bool> condition, TimeSpan limit, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > limit)
            {
                Console.WriteLine($"// gave up waiting for {what} after {limit.TotalSeconds:0} s");
                return false;
            }

            await Task.Delay(5);
        }

        return true;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>The submitting side: unique qualified leads (routed to Enterprise EMEA), and the commit time of each single submit.</summary>
    private sealed class Run(HttpClient http, CommitClock commits)
    {
        private readonly Dictionary<int, long> _commitOf = [];
        private readonly List<int> _commits = [];

        /// <summary>Commits seen per single submit (1 expected: the intake's).</summary>
        public string CommitsPerSubmit => string.Join(", ", _commits.GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        private int _serial;

        public long CommitOf(int leadId) => _commitOf[leadId];

        /// <summary>Submits <paramref name="count"/> leads in one submitLeads; returns the events they make for one subscriber of both fields.</summary>
        public async Task<long> SubmitBatchAsync(string prefix, int count)
        {
            var leads = Enumerable.Range(0, count).Select(_ => Lead(prefix)).ToList();
            using var response = await http.PostAsJsonAsync("/graphql", new { query = SubmitLeads, variables = new { input = new { leads } } });
            var body = await response.Content.ReadFromJsonAsync<JsonNode>();
            var result = body?["data"]?["submitLeads"] ?? throw new InvalidOperationException($"submitLeads failed: {body?.ToJsonString()}");
            var routed = result["results"]!.AsArray().Count(r => r?["outcome"]?["route"] is JsonValue);
            // Every new lead is a leadScored event, every routed one also a leadRouted event.
            return result["accepted"]!.GetValue<int>() + routed;
        }

        /// <summary>Submits one lead with submitLead; returns its id, after noting the time its transaction committed.</summary>
        public async Task<int> SubmitOneAsync(string prefix)
        {
            var before = commits.Count;
            using var response = await http.PostAsJsonAsync("/graphql", new { query = SubmitLead, variables = new { input = Lead(prefix) } });
            var body = await response.Content.ReadFromJsonAsync<JsonNode>();
            var id = body?["data"]?["submitLead"]?["lead"]?["id"]?.GetValue<int>() ?? throw new InvalidOperationException($"submitLead failed: {body?.ToJsonString()}");
            if (commits.Count == before)
                throw new InvalidOperationException($"no commit seen for lead {id}");
            _commits.Add(commits.Count - before);
            _commitOf[id] = commits.Last;
            return id;
        }

        private Dictionary<string, object> Lead(string prefix)
        {
            var n = Interlocked.Increment(ref _serial);
            return new Dictionary<string, object>
            {
                ["source"] = "REFERRAL",
                ["externalId"] = $"{prefix}-{n}",
                ["email"] = $"cio{n}@bigcorp{n % 50}.nl",
                ["jobTitle"] = "CIO",
                ["employees"] = 5000,
                ["country"] = "NL",
                ["industry"] = "Software",
                ["company"] = $"Bigcorp {n % 50}",
                ["consentEmail"] = true,
            };
        }
    }

    /// <summary>The time right after each commit on instance A. A single submitLead commits once (the intake transaction, which
    /// also writes its outbox rows); the bulk outbox insert is a prepared command outside EF Core's command interceptors, so the
    /// commit is what is timed.</summary>
    private sealed class CommitClock : DbTransactionInterceptor
    {
        private long _last;
        private int _count;

        public long Last => Volatile.Read(ref _last);

        public int Count => Volatile.Read(ref _count);

        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed();

        public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Committed();
            return Task.CompletedTask;
        }

        private void Committed()
        {
            Volatile.Write(ref _last, Stopwatch.GetTimestamp());
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>One graphql-transport-ws client: counts <c>next</c> messages and, when recording, keeps (lead id, receipt time) of each.</summary>
    private sealed class LoadClient : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket = new();
        private readonly ConcurrentQueue<(int LeadId, long At)> _receipts = new();
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;
        private long _next;
        private long _lastReceipt;
        private volatile bool _recording;

        public long Next => Interlocked.Read(ref _next);

        public long LastReceipt => Interlocked.Read(ref _lastReceipt);

        public WebSocketCloseStatus? CloseStatus { get; private set; }

        public IEnumerable<(int LeadId, long At)> Receipts => _receipts;

        public static async Task<LoadClient> ConnectAsync(Uri uri, string key, (string Id, string Query)[] operations)
        {
            var client = new LoadClient();
            client._socket.Options.AddSubProtocol("graphql-transport-ws");
            await client._socket.ConnectAsync(uri, CancellationToken.None);
            await client.SendAsync(new { type = "connection_init", payload = new { apiKey = key } });
            var buffer = new byte[4096];
            var ack = await client._socket.ReceiveAsync(buffer, CancellationToken.None);
            if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack", StringComparison.Ordinal))
                throw new InvalidOperationException("no connection_ack");
            foreach (var (id, query) in operations)
                await client.SendAsync(new { id, type = "subscribe", payload = new { query } });
            client._loop = Task.Run(client.ReceiveLoopAsync);
            return client;
        }

        public void ResetCounts() => Interlocked.Exchange(ref _next, 0);

        public void StartRecording()
        {
            _receipts.Clear();
            _recording = true;
        }

        public int Recorded(HashSet<int> leads) => _receipts.Count(r => leads.Contains(r.LeadId));

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // already gone
            }

            await _stop.CancelAsync();
            try
            {
                await _loop;
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // stopped
            }

            _socket.Dispose();
            _stop.Dispose();
        }

        private async Task SendAsync(object message) =>
            await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task ReceiveLoopAsync()
        {
            var buffer = new byte[16 * 1024];
            using var message = new MemoryStream();
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseStatus = _socket.CloseStatus;
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                var at = Stopwatch.GetTimestamp();
                Handle(message.GetBuffer().AsSpan(0, (int)message.Length), at);
                message.SetLength(0);
            }
        }

        private void Handle(ReadOnlySpan<byte> json, long at)
        {
            var reader = new Utf8JsonReader(json);
            string? type = null;
            var leadId = -1;
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                    continue;
                if (reader.ValueTextEquals("type"u8) && reader.Read())
                    type = reader.GetString();
                else if (reader.ValueTextEquals("leadId"u8) && reader.Read())
                    leadId = reader.GetInt32();
            }

            if (type != "next")
                return;
            Interlocked.Increment(ref _next);
            Interlocked.Exchange(ref _lastReceipt, at);
            if (_recording && leadId >= 0)
                _receipts.Enqueue((leadId, at));
        }
    }
}
