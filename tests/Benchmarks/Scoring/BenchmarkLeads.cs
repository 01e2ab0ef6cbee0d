using System.Text.RegularExpressions;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Benchmarks.Scoring;

/// <summary>Seeded leads and the default lead-scoring rules without the two join rules (Microsoft RulesEngine has no joins).</summary>
internal static partial class BenchmarkLeads
{
    public static readonly IReadOnlyList<RuleSpec> SingleFactRules =
        [.. DefaultRules.For(RuleSetKind.LeadScoring).Where(r => !r.When.Contains("Account.", StringComparison.Ordinal) && !r.When.Contains("Contact.", StringComparison.Ordinal))];

    /// <summary>A condition as Microsoft RulesEngine must read it to mean what our parser makes of it: text tests null-safe and
    /// ignoring case (ordinal), as <c>ConditionAllowList</c> rewrites them. Without this the two engines would score different points.</summary>
    public static string RulesEngineExpression(string when) =>
        TextTest().Replace(when, m => $"({m.Groups[1].Value} != null && {m.Groups[1].Value}.{m.Groups[2].Value}({m.Groups[3].Value}, StringComparison.OrdinalIgnoreCase))");

    [GeneratedRegex("""(Lead\.\w+)\.(Contains|StartsWith|EndsWith)\(("[^"]*")\)""")]
    private static partial Regex TextTest();

    public static LeadBatch Generate(int count)
    {
        var random = new Random(42);
        string?[] countries = ["NL", "BE", "DE", "GB", "FR", "US", "IN", null];
        string?[] industries = ["Software", "Manufacturing", "Healthcare", "Retail", null];
        string?[] titles = ["CEO", "CTO", "IT Manager", "Developer", "Student", null];
        var accounts = Enumerable.Range(1, 300).Select(i => new AccountFact { Id = i, Domain = $"company{i}.com", IsCustomer = random.Next(3) == 0 }).ToList();
        var contacts = Enumerable.Range(1, 600).Select(i => new ContactFact { Id = i, AccountId = random.Next(1, 301), Role = (BuyingRole)random.Next(6) }).ToList();
        var leads = Enumerable.Range(1, count).Select(i =>
        {
            var title = titles[random.Next(titles.Length)];
            var freeMail = random.Next(4) == 0;
            return new LeadFact
            {
                Id = i,
                AccountId = random.Next(2) == 0 ? random.Next(1, 301) : null,
                EmailDomain = freeMail ? "gmail.com" : $"company{random.Next(1, 400)}.com",
                IsFreeMail = freeMail,
                Source = (LeadSource)random.Next(10),
                JobTitle = title,
                IsExecutive = title is "CEO" or "CTO",
                IsManager = title is "IT Manager",
                Country = countries[random.Next(countries.Length)],
                Industry = industries[random.Next(industries.Length)],
                Employees = random.Next(5) == 0 ? null : (int)Math.Pow(10, random.NextDouble() * 4.5),
                AnnualRevenue = random.Next(3) == 0 ? null : (decimal)Math.Pow(10, 5 + (random.NextDouble() * 4)),
                ConsentEmail = random.Next(5) > 0,
                Visits = random.Next(12),
                EmailOpens = random.Next(8),
                EmailClicks = random.Next(4),
                FormPosts = random.Next(5),
                Webinars = random.Next(3),
                EventVisits = random.Next(3),
                Downloads = random.Next(4),
                MinutesOnSite = random.Next(60),
                DaysSinceLastActivity = random.Next(6) == 0 ? null : random.Next(200),
            };
        }).ToList();
        return new LeadBatch(leads, accounts, contacts);
    }
}
