using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Benchmarks.AccountGraph;

/// <summary>A page of 50 accounts with contacts and opportunities through the whole HTTP pipeline: GraphQL vs a hand-written endpoint.</summary>
[MemoryDiagnoser]
public class AccountGraphBenchmarks
{
    public const string Query = "{ accounts(first: 50, order: [{ name: ASC }]) { nodes { name contacts(order: [{ fullName: ASC }]) { fullName role } opportunities { name stage amount } } } }";

    private readonly string _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"salesgraph-bench-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_factory, _client) = StartHost(_path, builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, HandWrittenAccountGraphEndpoint>()));
        if (GraphQL().GetAwaiter().GetResult().Length != HandWritten().GetAwaiter().GetResult().Length)
        {
            throw new InvalidOperationException("The two endpoints do not return the same JSON.");
        }

        JitWarmUp.Run(() => { HandWritten().GetAwaiter().GetResult(); GraphQL().GetAwaiter().GetResult(); });
    }

    /// <summary>The benchmark's host on <paramref name="path"/>, seeded, with a client that sends a reader key; <paramref name="configure"/> adds to it.</summary>
    internal static (WebApplicationFactory<Program> Factory, HttpClient Client) StartHost(string path, Action<IWebHostBuilder> configure)
    {
        var factory = BenchmarkHost.Create(path, configure);
        var client = BenchmarkHost.Client(factory, Roles.Reader);
        Seed(factory.Services);
        return (factory, client);
    }

    internal static async Task<string> PostQueryAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
        return await response.Content.ReadAsStringAsync();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true)]
    public async Task<string> HandWritten() => await _client.GetStringAsync(HandWrittenAccountGraphEndpoint.Path);

    [Benchmark]
    public Task<string> GraphQL() => PostQueryAsync(_client);

    private static void Seed(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 200; i++)
        {
            var account = new Account { Name = $"Account {i:000}", NormalizedName = $"account {i:000}", Employees = i * 10, CreatedAt = now, UpdatedAt = now };
            for (var c = 0; c < 4; c++)
            {
                account.Contacts.Add(new Contact { FirstName = $"First{c}", LastName = $"Last{i}", FullName = $"First{c} Last{i}", Role = (BuyingRole)(c % 6), CreatedAt = now, UpdatedAt = now });
            }

            for (var o = 0; o < 3; o++)
            {
                account.Opportunities.Add(new Opportunity { Name = $"Deal {i}-{o}", Stage = (FunnelStage)(o % 6), Amount = 1000m * o, Probability = 0.5m, CreatedAt = now, UpdatedAt = now });
            }

            db.Accounts.Add(account);
        }

        db.SaveChanges();
    }
}
