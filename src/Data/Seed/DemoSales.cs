using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sales;

namespace SalesGraph.Data.Seed;

/// <summary>Territories, teams, reps, accounts and the pipeline from the Maven CRM sample, each customer's deals spread over its own
/// history (<see cref="DemoCustomerHistory"/>), generated prospect and suspect accounts, contacts, NPS and revenue.</summary>
internal sealed class DemoSales
{
    private static readonly DateTime PipelineEnd = new(2017, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Every pipeline date moves by this much, so the newest (2017-12-31) becomes <see cref="DemoData.Anchor"/>.</summary>
    public static readonly TimeSpan PipelineShift = DemoData.Anchor - PipelineEnd;

    private static readonly Dictionary<string, string> RegionCountries = new()
    {
        ["Central"] = "US|CA|MX|BR|PA",
        ["East"] = "US|GB|DE|BE|IT|NO|PL|RO|KE|JO",
        ["West"] = "US|JP|KR|CN|PH|AU",
    };

    public List<Territory> Territories { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<Account> Accounts { get; } = [];
    public List<Opportunity> Opportunities { get; } = [];

    /// <summary>The history of each Maven customer.</summary>
    public Dictionary<Account, DemoCustomerHistory> Histories { get; } = [];

    /// <summary>Generated non-customers with an open opportunity or lead (pyramid tier Prospect); each gets B2B leads.</summary>
    public List<Account> Prospects { get; } = [];

    /// <summary>Generated non-customers nobody has talked to yet (pyramid tier Suspect): no leads, no opportunities.</summary>
    public List<Account> Suspects { get; } = [];

    public static DemoSales Build()
    {
        var sales = new DemoSales();
        var reps = sales.BuildTeams();
        var pipeline = SeedTable.Load("pipeline.tsv");
        var accounts = sales.BuildAccounts(pipeline, reps);
        sales.BuildOpportunities(pipeline, accounts, reps);
        DemoProspects.Build(sales, reps.Values.ToList());
        sales.BuildContacts();
        sales.BuildCustomerHistory();
        return sales;
    }

    /// <summary>The Maven managers' teams carry the names the default routing rules route to (src/Scoring/DefaultRules.md).</summary>
    private static readonly Dictionary<string, string> TeamNames = new(StringComparer.Ordinal)
    {
        ["Cara Losch"] = "Enterprise EMEA",
        ["Celia Rouche"] = "Benelux Sales",
        ["Dustin Brinkmann"] = "DACH Sales",
        ["Melvin Marxen"] = "Inside Sales",
        ["Rocco Neubert"] = "Account Management",
        ["Summer Sewald"] = "Americas Sales",
    };

    private Dictionary<string, SalesRep> BuildTeams()
    {
        var table = SeedTable.Load("sales_teams.tsv");
        var reps = new Dictionary<string, SalesRep>();
        foreach (var region in table.Rows.Select(r => table.Text(r, "regional_office")).Distinct().Order(StringComparer.Ordinal))
        {
            Territories.Add(new Territory { Name = region, Countries = RegionCountries.GetValueOrDefault(region) });
        }

        foreach (var group in table.Rows.GroupBy(r => table.Text(r, "manager")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var manager = group.Key;
            var team = new Team
            {
                Name = TeamNames.GetValueOrDefault(manager, $"Team {manager.Split(' ')[^1]}"),
                Kind = TeamKind.Sales,
                Manager = manager,
                Territory = Territories.Single(t => t.Name == table.Text(group.First(), "regional_office")),
            };
            foreach (var row in group)
            {
                var rep = NewRep(table.Text(row, "sales_agent"));
                team.Reps.Add(rep);
                reps.Add(rep.FullName, rep);
            }

            Teams.Add(team);
        }

        var random = new Random(11);
        Teams.Add(GeneratedTeam("Public Sector Bids", TeamKind.Bid, random));
        Teams.Add(GeneratedTeam("Enterprise Bid Desk", TeamKind.Bid, random));
        Teams.Add(GeneratedTeam("Nurture Desk", TeamKind.Nurture, random));
        return reps;
    }

    private static Team GeneratedTeam(string name, TeamKind kind, Random random)
    {
        var team = new Team { Name = name, Kind = kind };
        for (var i = 0; i < 3; i++)
        {
            team.Reps.Add(NewRep($"{DemoNames.Pick(random, DemoNames.FirstNames)} {DemoNames.Pick(random, DemoNames.LastNames)}"));
        }

        team.Manager = team.Reps[0].FullName;
        return team;
    }

    private static SalesRep NewRep(string fullName) => new()
    {
        FullName = fullName,
        Email = DemoEmail.Address(fullName, "salesgraph.example"),
        Capacity = 25,
    };

    private Dictionary<string, Account> BuildAccounts(SeedTable pipeline, Dictionary<string, SalesRep> reps)
    {
        var table = SeedTable.Load("accounts.tsv");
        var byName = new Dictionary<string, Account>();
        var dealsByAccount = pipeline.Rows.Where(r => pipeline.Optional(r, "account") is not null)
            .ToLookup(r => pipeline.Text(r, "account"));
        foreach (var row in table.Rows)
        {
            var name = table.Text(row, "name");
            var deals = dealsByAccount[name].ToList();
            var owner = deals.GroupBy(d => pipeline.Text(d, "agent"))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var ownerRep = reps[owner];
            var region = deals.GroupBy(d => Teams.First(t => t.Reps.Contains(reps[pipeline.Text(d, "agent")])).Territory!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal).First().Key;
            var account = new Account
            {
                Name = name,
                NormalizedName = CompanyName.Normalize(name),
                Domain = CompanyName.ToDomain(name),
                Industry = table.Optional(row, "industry"),
                Employees = table.Int(row, "employees"),
                AnnualRevenue = table.Decimal(row, "revenue_musd") * 1_000_000m,
                Country = table.Optional(row, "country"),
                YearEstablished = table.Int(row, "year_established"),
                Territory = region,
                OwnerRep = ownerRep,
            };
            byName.Add(name, account);
            Accounts.Add(account);
        }

        foreach (var row in table.Rows)
        {
            if (table.Optional(row, "subsidiary_of") is { } parent)
            {
                byName[table.Text(row, "name")].ParentAccount = byName[parent];
            }
        }

        return byName;
    }

    private void BuildOpportunities(SeedTable pipeline, Dictionary<string, Account> accounts, Dictionary<string, SalesRep> reps)
    {
        var random = new Random(23);
        var customers = pipeline.Rows.Where(r => pipeline.Text(r, "stage") == "Won" && pipeline.Optional(r, "account") is not null)
            .GroupBy(r => pipeline.Text(r, "account")).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
        var histories = DemoCustomerHistory.Assign(customers, DemoData.Anchor, random);
        foreach (var (name, history) in histories)
        {
            Histories.Add(accounts[name], history);
        }

        foreach (var row in pipeline.Rows)
        {
            var accountName = pipeline.Optional(row, "account");
            var account = accountName is null ? null : accounts[accountName];
            var stage = Enum.Parse<FunnelStage>(pipeline.Text(row, "stage"));
            var closedStage = stage is FunnelStage.Won or FunnelStage.Lost;
            // Open deals are current; a customer's closed deals fall in its own history (an account-less deal is never closed).
            var engaged = pipeline.Date(row, "engaged") + PipelineShift;
            var closed = pipeline.Date(row, "closed") + PipelineShift;
            if (closedStage && accountName is not null && histories.TryGetValue(accountName, out var history))
            {
                var sourceClosed = pipeline.Date(row, "closed")!.Value;
                closed = history.Close(sourceClosed);
                engaged = closed - (sourceClosed - pipeline.Date(row, "engaged"));
            }
            var created = engaged?.AddDays(-random.Next(7, 31)) ?? DemoData.Anchor.AddDays(-random.Next(0, 61));
            var product = pipeline.Text(row, "product");
            var opportunity = new Opportunity
            {
                ExternalId = pipeline.Text(row, "id"),
                Name = $"{accountName ?? "Unassigned"} - {product}",
                Account = account,
                OwnerRep = reps[pipeline.Text(row, "agent")],
                Product = product,
                Stage = stage,
                Amount = pipeline.Decimal(row, "amount") ?? 0m,
                Probability = stage switch
                {
                    FunnelStage.Won => 1m,
                    FunnelStage.Lost => 0m,
                    FunnelStage.Engaging => 0.3m,
                    _ => 0.1m,
                },
                EngagedAt = engaged,
                ClosedAt = closed,
                ExpectedCloseAt = closed ?? (engaged ?? DemoData.Anchor).AddDays(random.Next(30, 121)),
                CreatedAt = created,
                UpdatedAt = closed ?? engaged ?? created,
            };
            if (account is not null)
            {
                account.Opportunities.Add(opportunity);
                account.IsCustomer |= stage == FunnelStage.Won;
            }

            Opportunities.Add(opportunity);
        }

        foreach (var account in accounts.Values)
        {
            account.CreatedAt = account.Opportunities.Min(o => o.CreatedAt) - TimeSpan.FromDays(30);
            account.UpdatedAt = account.Opportunities.Max(o => o.UpdatedAt);
        }
    }

    private void BuildContacts()
    {
        var random = new Random(37);
        var emails = new HashSet<string>();
        BuyingRole[] otherRoles = [BuyingRole.Initiator, BuyingRole.User, BuyingRole.Influencer, BuyingRole.Gatekeeper, BuyingRole.User];
        foreach (var account in Accounts)
        {
            var count = Suspects.Contains(account) ? random.Next(1, 3) : random.Next(2, 7);
            for (var i = 0; i < count; i++)
            {
                var role = i switch
                {
                    0 => BuyingRole.Decider,
                    1 => BuyingRole.Buyer,
                    _ => DemoNames.Pick(random, otherRoles),
                };
                var first = DemoNames.Pick(random, DemoNames.FirstNames);
                var last = DemoNames.Pick(random, DemoNames.LastNames);
                account.Contacts.Add(new Contact
                {
                    FirstName = first,
                    LastName = last,
                    FullName = $"{first} {last}",
                    Email = DemoEmail.Unique(emails, $"{first} {last}", account.Domain!),
                    Phone = $"+1 555 {random.Next(1000, 10000)}",
                    JobTitle = DemoNames.JobTitle(role, random),
                    Role = role,
                    CreatedAt = account.CreatedAt,
                    UpdatedAt = account.CreatedAt,
                });
            }

            foreach (var opportunity in account.Opportunities)
            {
                var first = account.Contacts[random.Next(account.Contacts.Count)];
                opportunity.Contacts.Add(first);
                if (random.Next(3) == 0 && account.Contacts.FirstOrDefault(c => c != first && c.Role == BuyingRole.Decider) is { } decider)
                {
                    opportunity.Contacts.Add(decider);
                }
            }
        }
    }

    private void BuildCustomerHistory()
    {
        var random = new Random(41);
        string[] praise = ["Reliable hardware and quick support.", "Good value for money.", "Account manager knows our business."];
        string[] complaints = ["Deliveries were late twice.", "Support takes too long to answer.", "Pricing is hard to follow."];
        foreach (var account in Accounts.Where(a => a.IsCustomer))
        {
            var margin = 0.35m + (decimal)random.Next(0, 21) / 100m;
            foreach (var month in account.Opportunities.Where(o => o.Stage == FunnelStage.Won)
                         .GroupBy(o => new DateTime(o.ClosedAt!.Value.Year, o.ClosedAt.Value.Month, 1, 0, 0, 0, DateTimeKind.Utc))
                         .OrderBy(g => g.Key))
            {
                var revenue = month.Sum(o => o.Amount);
                account.RevenueLines.Add(new RevenueLine { PeriodStart = month.Key, Revenue = revenue, GrossMargin = Math.Round(revenue * margin, 2) });
            }

            // How happy the customer is (0-1): loyal customers mostly are, lapsed ones mostly are not. Answers fall in the last
            // year of the relationship (the year before a lapsed customer's last deal).
            var history = Histories[account];
            var health = history.Kind switch
            {
                DemoCustomerKind.Loyal => 0.45 + (0.55 * random.NextDouble()),
                DemoCustomerKind.New => 0.25 + (0.75 * random.NextDouble()),
                _ => 0.6 * random.NextDouble(),
            };
            var answeredUntil = history.Kind == DemoCustomerKind.Lapsed ? history.LastClose : DemoData.Anchor;
            var answerDays = Math.Min(365, (int)(answeredUntil - history.FirstClose).TotalDays);
            var responses = random.Next(1, 5);
            for (var i = 0; i < responses; i++)
            {
                var score = Math.Clamp((int)Math.Round(4 + (health * 6) + random.Next(-2, 3)), 0, 10);
                var category = score >= 9 ? NpsCategory.Promoter : score >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;
                account.NpsResponses.Add(new NpsResponse
                {
                    Contact = account.Contacts[random.Next(account.Contacts.Count)],
                    Score = score,
                    Category = category,
                    Comment = random.Next(2) == 0 ? null : DemoNames.Pick(random, category == NpsCategory.Detractor ? complaints : praise),
                    RespondedAt = answeredUntil.AddDays(-random.Next(0, answerDays + 1)).AddHours(random.Next(8, 18)),
                });
            }

            var promoters = account.NpsResponses.Count(n => n.Category == NpsCategory.Promoter);
            var detractors = account.NpsResponses.Count(n => n.Category == NpsCategory.Detractor);
            account.Nps = Math.Round(100m * (promoters - detractors) / account.NpsResponses.Count, 2);
        }
    }
}
