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

namespace SalesGraph.Benchmarks.Intake;

/// <summary>
/// <c>submitLeads</c> with 500 new leads end to end (HTTP through TestServer, validation, matching, scoring, routing,
/// SQLite commit) next to a raw prepared INSERT of the same 500 rows in one transaction. Times are per lead.
/// </summary>
[MemoryDiagnoser]
public class IntakeBenchmarks
{
    public const int BatchSize = 500;

    private const string Mutation = "mutation($input: SubmitLeadsInput!) { submitLeads(input: $input) { accepted results { lead { id } outcome { score stage route } } } }";

    private static readonly string[] Countries = ["NL", "DE", "BE", "GB", "FR", "US", "IN"];
    private static readonly string[] Titles = ["CIO", "IT Manager", "Developer", "Head of Operations", "Student", "CEO"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-intake-bench-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private SqliteConnection _raw = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:ConnectionString", $"Data Source={_path}");
            builder.UseSetting("Database:SeedDemoData", "false");
            // In-process runs (--inProcess) start from the artifacts folder, where no project folder is found.
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseEnvironment("Staging");
            builder.ConfigureLogging(logging => logging.ClearProviders());
        });
        _client = _factory.CreateClient();
        var key = _factory.Services.GetRequiredService<ApiKeyStore>().CreateAsync("bench", Roles.Marketing, null).GetAwaiter().GetResult().PlainText;
        _client.DefaultRequestHeaders.Add("X-Api-Key", key);
        SeedAccounts();
        _raw = new SqliteConnection($"Data Source={_path}");
        _raw.Open();
        using var pragma = _raw.CreateCommand();
        // The same per-connection pragmas as the API's connections (SqliteConnectionPragmas): a fair baseline.
        pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        if (SubmitLeads().GetAwaiter().GetResult() != BatchSize)
        {
            throw new InvalidOperationException("submitLeads did not accept the batch.");
        }

        JitWarmUp.Run(() => { RawSqliteInsert(); SubmitLeads().GetAwaiter().GetResult(); });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public int RawSqliteInsert()
    {
        var run = Interlocked.Increment(ref _run);
        using var transaction = _raw.BeginTransaction();
        using var insert = _raw.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Leads (Source, ExternalId, Email, EmailDomain, IsFreeMailDomain, FirstName, LastName, JobTitle, Company, Domain, Country,
                Employees, ConsentEmail, ConsentPhone, ConsentTracking, MatchMethod, Score, FitScore, EngagementScore, Stage, CreatedAt, UpdatedAt, RowVersion)
            VALUES (9, $id, $email, $domain, 0, 'Ann', $last, $title, $company, $domain, $country, $employees, 1, 0, 0, 0, 0, 0, 0, 0, $now, $now, 0)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var email = insert.Parameters.Add("$email", SqliteType.Text);
        var domain = insert.Parameters.Add("$domain", SqliteType.Text);
        var last = insert.Parameters.Add("$last", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var company = insert.Parameters.Add("$company", SqliteType.Text);
        var country = insert.Parameters.Add("$country", SqliteType.Text);
        var employees = insert.Parameters.Add("$employees", SqliteType.Integer);
        insert.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("O"));
        insert.Prepare();
        var rows = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            var lead = Lead(run, i);
            (id.Value, email.Value, domain.Value, last.Value, title.Value, company.Value, country.Value, employees.Value) =
                (lead.ExternalId, lead.Email, lead.Domain, lead.LastName, lead.JobTitle, lead.Company, lead.Country, lead.Employees);
            rows += insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return rows;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public async Task<int> SubmitLeads()
    {
        var run = Interlocked.Increment(ref _run);
        var leads = Enumerable.Range(0, BatchSize).Select(i => Lead(run, i)).Select(l => new
        {
            source = "WEB_FORM",
            externalId = l.ExternalId,
            email = l.Email,
            lastName = l.LastName,
            firstName = "Ann",
            jobTitle = l.JobTitle,
            company = l.Company,
            country = l.Country,
            employees = l.Employees,
            consentEmail = true,
        });
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = Mutation, variables = new { input = new { leads } } });
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>();
        return body!["data"]!["submitLeads"]!["accepted"]!.GetValue<int>();
    }

    private static (string ExternalId, string Email, string Domain, string LastName, string JobTitle, string Company, string Country, int Employees) Lead(int run, int i)
    {
        // Every 5th lead's company has an account (matched by domain); the others are new companies.
        var company = i % 5 == 0 ? $"Account {i % 100:000}" : $"Prospect {run}-{i}";
        var domain = i % 5 == 0 ? $"account{i % 100:000}.com" : $"prospect{run}x{i}.com";
        return ($"bench-{run}-{i}", $"lead{i}@{domain}", domain, $"Lead {i}", Titles[i % Titles.Length], company, Countries[i % Countries.Length], (i * 37) % 20_000);
    }

    private void SeedAccounts()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 100; i++)
        {
            db.Accounts.Add(new Account { Name = $"Account {i:000}", NormalizedName = $"account {i:000}", Domain = $"account{i:000}.com", Employees = i * 50, CreatedAt = now, UpdatedAt = now });
        }

        db.SaveChanges();
    }
}
