using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sales;

namespace SalesGraph.Data.Seed;

/// <summary>
/// Generated companies that have not bought: prospects (interested: some of the pipeline's account-less open deals, and B2B
/// leads from <see cref="DemoLeads"/>) and suspects (in the market but never in touch: no lead, no deal). The Maven sample only
/// holds customers, so without these the pyramid's two lowest tiers and the Acquire strategy would stay empty.
/// </summary>
internal static class DemoProspects
{
    public const int Prospects = 35;
    public const int Suspects = 30;

    /// <summary>Prospects that also have open deals; the others are prospects through their leads only.</summary>
    private const int ProspectsWithDeals = 22;

    private static readonly string[] Prefixes =
    [
        "Amberline", "Brightwater", "Cedarpoint", "Deltaview", "Emberstone", "Fjordland", "Granite Peak", "Harborside", "Irisfield",
        "Juniper", "Kestrel", "Lumenworks", "Maplecrest", "Nimbus", "Orchid Bay", "Pioneer Ridge", "Quartzite", "Riverbend",
        "Silverline", "Tidewater", "Upland", "Vantage Point", "Willowmere", "Zenithal",
    ];

    private static readonly (string Word, string Industry)[] Sectors =
    [
        ("Analytics", "technology"), ("Clinics", "medical"), ("Retail Group", "retail"), ("Software", "software"), ("Studios", "entertainment"),
        ("Capital", "finance"), ("Media", "marketing"), ("Telecom", "telecommunications"), ("Services", "services"), ("Staffing", "employment"),
    ];

    // Mostly the core territory of the default rules (Benelux, DACH, UK, France), some Americas.
    private static readonly string[] Countries = ["NL", "NL", "BE", "DE", "DE", "GB", "GB", "FR", "AT", "CH", "US", "US", "US", "CA"];

    private static readonly string[] Europe = ["NL", "BE", "LU", "DE", "AT", "CH", "GB", "FR"];

    public static void Build(DemoSales sales, IReadOnlyList<SalesRep> reps)
    {
        var random = new Random(29);
        var taken = sales.Accounts.Select(a => a.NormalizedName)
            .Concat(DemoNames.UnknownCompanies.Select(CompanyName.Normalize)).ToHashSet(StringComparer.Ordinal);
        var openDeals = new Queue<Opportunity>(sales.Opportunities
            .Where(o => o.Account is null && o.Stage is FunnelStage.Prospecting or FunnelStage.Engaging)
            .OrderBy(_ => random.Next()));
        for (var i = 0; i < Prospects + Suspects; i++)
        {
            var prospect = i < Prospects;
            var account = NewAccount(random, taken, sales.Territories, prospect);
            if (prospect && i < ProspectsWithDeals)
            {
                var deals = random.Next(1, 5);
                for (var d = 0; d < deals; d++)
                {
                    var opportunity = openDeals.Dequeue();
                    opportunity.Account = account;
                    opportunity.Name = $"{account.Name} - {opportunity.Product}";
                    account.Opportunities.Add(opportunity);
                }

                account.CreatedAt = Min(account.CreatedAt, account.Opportunities.Min(o => o.CreatedAt).AddDays(-30));
            }

            account.OwnerRep = account.Opportunities.FirstOrDefault()?.OwnerRep ?? DemoNames.Pick(random, [.. reps]);
            account.UpdatedAt = account.Opportunities.Select(o => o.UpdatedAt).DefaultIfEmpty(account.CreatedAt).Max();
            sales.Accounts.Add(account);
            (prospect ? sales.Prospects : sales.Suspects).Add(account);
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static Account NewAccount(Random random, HashSet<string> taken, IReadOnlyList<Territory> territories, bool prospect)
    {
        string name;
        string industry;
        do
        {
            var sector = DemoNames.Pick(random, Sectors);
            name = $"{DemoNames.Pick(random, Prefixes)} {sector.Word}";
            industry = sector.Industry;
        }
        while (!taken.Add(CompanyName.Normalize(name)));

        // Company sizes from a small firm to a large one, spread evenly on a log scale (10 to 5,000 people).
        var employees = (int)Math.Round(10 * Math.Pow(5000.0 / 10, random.NextDouble()));
        var country = DemoNames.Pick(random, Countries);
        var created = DemoData.Anchor.AddDays(-random.Next(prospect ? 20 : 60, prospect ? 400 : 900));
        return new Account
        {
            Name = name,
            NormalizedName = CompanyName.Normalize(name),
            Domain = CompanyName.ToDomain(name),
            Industry = industry,
            Employees = employees,
            AnnualRevenue = employees * (30_000m + (random.Next(0, 150) * 1_000m)),
            Country = country,
            YearEstablished = random.Next(1950, 2021),
            Territory = territories.Single(t => t.Name == (Europe.Contains(country) ? "East" : "Central")),
            CreatedAt = created,
            UpdatedAt = created,
        };
    }
}
