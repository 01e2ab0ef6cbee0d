using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tests.Leads;

/// <summary>Seeded random leads, accounts and contacts that exercise every default rule, nulls included.</summary>
internal static class LeadGenerator
{
    private static readonly string?[] Countries = ["NL", "BE", "LU", "DE", "AT", "CH", "GB", "FR", "US", "IN", null];
    private static readonly string?[] Industries = ["Software", "Financial Services", "Manufacturing", "Healthcare", "Education", "Retail", null];
    private static readonly string?[] Titles = ["CEO", "CTO", "Head of IT", "IT Manager", "Developer", "Student", "Marketing intern", "Buyer", null];
    private static readonly string?[] Companies = ["Acme", "Globex", null];

    public static LeadBatch Generate(int count, int seed)
    {
        var random = new Random(seed);
        var accounts = Enumerable.Range(1, 300).Select(i => new AccountFact { Id = i, Domain = $"company{i}.com", IsCustomer = random.Next(3) == 0 }).ToList();
        var contacts = Enumerable.Range(1, 900).Select(i => new ContactFact { Id = i, AccountId = random.Next(1, 301), Role = (BuyingRole)random.Next(6) }).ToList();
        var leads = Enumerable.Range(1, count).Select(i =>
        {
            var freeMail = random.Next(4) == 0;
            var accountId = random.Next(5) < 3 ? random.Next(1, 360) : (int?)null;
            var title = Titles[random.Next(Titles.Length)];
            var lead = new LeadFact
            {
                Id = i,
                AccountId = accountId,
                ContactId = random.Next(3) == 0 ? random.Next(1, 901) : null,
                EmailDomain = freeMail ? "gmail.com" : $"company{random.Next(1, 400)}.com",
                IsFreeMail = freeMail,
                Company = Companies[random.Next(Companies.Length)],
                Source = (LeadSource)random.Next(10),
                JobTitle = title,
                IsExecutive = title is "CEO" or "CTO",
                IsManager = title is "Head of IT" or "IT Manager",
                Country = Countries[random.Next(Countries.Length)],
                Industry = Industries[random.Next(Industries.Length)],
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
            // As the intake normalises: the company domain is the e-mail domain unless that is free mail.
            return lead with { Domain = freeMail ? null : lead.EmailDomain };
        }).ToList();
        return new LeadBatch(leads, accounts, contacts);
    }
}
