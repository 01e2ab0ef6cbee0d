using System.Globalization;
using System.Text.Json;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;

namespace SalesGraph.Data.Seed;

/// <summary>1,000 X Education leads (with their known outcome) and 1,500 generated B2B leads at the demo customers and prospects
/// (never at a suspect: a suspect has not been in touch), all unscored.</summary>
internal static class DemoLeads
{
    private const int GeneratedB2BLeads = 1500;

    /// <summary>Percent of the B2B leads at a known company that come from a prospect rather than a customer.</summary>
    private const int ProspectLeadShare = 50;
    private const int MaxVisitsPerLead = 12;

    public static List<Lead> Build(DemoSales sales)
    {
        var leads = FromXEducation();
        leads.AddRange(GenerateB2B(sales));
        return leads;
    }

    /// <summary>The catalogue rows of the custom fields the X Education demo leads carry (stored as text, as older imports did).</summary>
    public static List<CustomFieldDefinition> CustomFields() =>
    [
        .. new (string Name, CustomFieldType Type)[]
        {
            ("city", CustomFieldType.Text), ("freeCopy", CustomFieldType.Text), ("lastActivity", CustomFieldType.Text),
            ("leadNumber", CustomFieldType.Number), ("secondsOnSite", CustomFieldType.Number), ("specialization", CustomFieldType.Text),
        }.Select(f => new CustomFieldDefinition { Name = f.Name, Type = f.Type, Origin = CustomFieldOrigin.Import, CreatedAt = DemoData.Anchor }),
    ];

    private static List<Lead> FromXEducation()
    {
        var table = SeedTable.Load("leads.tsv");
        var random = new Random(53);
        var emails = new HashSet<string>();
        var leads = new List<Lead>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var first = DemoNames.Pick(random, DemoNames.FirstNames);
            var last = DemoNames.Pick(random, DemoNames.LastNames);
            var email = DemoEmail.Unique(emails, $"{first} {last}", DemoNames.Pick(random, DemoNames.FreeMailDomains));
            var source = table.Optional(row, "source");
            var origin = table.Text(row, "origin");
            var created = DemoData.Anchor.AddDays(-random.Next(0, 90)).AddMinutes(random.Next(8 * 60, 20 * 60));
            var lead = new Lead
            {
                Source = MapSource(origin, source),
                ExternalId = table.Text(row, "prospect_id"),
                Email = email,
                EmailDomain = email[(email.IndexOf('@') + 1)..],
                IsFreeMailDomain = true,
                FirstName = first,
                LastName = last,
                JobTitle = table.Optional(row, "occupation"),
                Country = table.Optional(row, "country"),
                ConsentEmail = table.Text(row, "do_not_email") == "No",
                ConsentPhone = table.Text(row, "do_not_call") == "No",
                ConsentTracking = true,
                UtmSource = source?.ToLowerInvariant(),
                UtmMedium = origin.ToLowerInvariant(),
                CustomFields = JsonSerializer.Serialize(new Dictionary<string, string?>
                {
                    ["leadNumber"] = table.Text(row, "lead_number"),
                    ["specialization"] = table.Optional(row, "specialization"),
                    ["city"] = table.Optional(row, "city"),
                    ["lastActivity"] = table.Optional(row, "last_activity"),
                    ["secondsOnSite"] = table.Optional(row, "seconds_on_site"),
                    ["freeCopy"] = table.Optional(row, "free_copy"),
                }),
                Converted = table.Text(row, "converted") == "1",
                Stage = LeadStage.New,
                CreatedAt = created,
            };

            var pages = table.Optional(row, "pages_per_visit") ?? "0";
            var visits = Math.Min(table.Int(row, "visits") ?? 0, MaxVisitsPerLead);
            for (var i = 0; i < visits; i++)
            {
                lead.Engagements.Add(Engagement(EngagementKind.WebVisit, $"{pages} pages", created, random));
            }

            if (MapActivity(table.Optional(row, "last_activity")) is { } kind)
            {
                lead.Engagements.Add(Engagement(kind, table.Optional(row, "last_activity"), created, random));
            }

            Finish(lead);
            leads.Add(lead);
        }

        return leads;
    }

    private static IEnumerable<Lead> GenerateB2B(DemoSales sales)
    {
        var random = new Random(59);
        var customers = sales.Accounts.Where(a => a.IsCustomer).ToList();
        var prospects = sales.Prospects;
        var emails = new HashSet<string>(sales.Accounts.SelectMany(a => a.Contacts).Select(c => c.Email!));
        LeadSource[] sources = [LeadSource.WebForm, LeadSource.Webinar, LeadSource.Download, LeadSource.Event, LeadSource.Referral, LeadSource.ColdEmail, LeadSource.Advert];
        EngagementKind[] kinds = Enum.GetValues<EngagementKind>();
        for (var i = 1; i <= GeneratedB2BLeads; i++)
        {
            // Every prospect has at least one lead of its own (the first ones), so it shows interest without an open deal.
            var account = i <= prospects.Count ? prospects[i - 1]
                : random.Next(100) < ProspectLeadShare ? prospects[random.Next(prospects.Count)]
                : customers[random.Next(customers.Count)];
            var kind = i <= prospects.Count ? 27 + random.Next(73) : random.Next(100);
            var first = DemoNames.Pick(random, DemoNames.FirstNames);
            var last = DemoNames.Pick(random, DemoNames.LastNames);
            var source = DemoNames.Pick(random, sources);
            var lead = new Lead
            {
                Source = source,
                ExternalId = $"DEMO-B2B-{i:0000}",
                FirstName = first,
                LastName = last,
                JobTitle = DemoNames.JobTitle(DemoNames.Pick(random, Enum.GetValues<BuyingRole>()), random),
                Phone = random.Next(2) == 0 ? null : $"+1 555 {random.Next(1000, 10000)}",
                ConsentEmail = random.Next(10) < 8,
                ConsentPhone = random.Next(10) < 5,
                ConsentTracking = random.Next(10) < 7,
                Campaign = DemoNames.Pick(random, DemoNames.Campaigns),
                UtmSource = source.ToString().ToLowerInvariant(),
                UtmMedium = source is LeadSource.Advert ? "cpc" : "referral",
                BuyingMotives = string.Join('|', DemoNames.BuyingMotives.Where(_ => random.Next(3) == 0)) is { Length: > 0 } motives ? motives : null,
                Stage = LeadStage.New,
                CreatedAt = DemoData.Anchor.AddDays(-random.Next(0, 90)).AddMinutes(random.Next(8 * 60, 20 * 60)),
            };

            if (kind < 12)
            {
                // A private address, but the company named on the form.
                lead.Email = DemoEmail.Unique(emails, $"{first} {last}", DemoNames.Pick(random, DemoNames.FreeMailDomains));
                lead.IsFreeMailDomain = true;
                lead.Company = account.Name;
                lead.Country = account.Country;
            }
            else if (kind < 27)
            {
                var company = DemoNames.Pick(random, DemoNames.UnknownCompanies);
                lead.Company = company;
                lead.Domain = CompanyName.ToDomain(company);
                lead.Email = DemoEmail.Unique(emails, $"{first} {last}", lead.Domain);
                lead.Country = DemoNames.Pick(random, "US", "GB", "NL", "DE", "BE");
                lead.Employees = random.Next(10, 5000);
            }
            else
            {
                var contact = kind < 55 ? account.Contacts[random.Next(account.Contacts.Count)] : null;
                if (contact is not null)
                {
                    lead.FirstName = contact.FirstName;
                    lead.LastName = contact.LastName;
                    lead.JobTitle = contact.JobTitle;
                    lead.Email = contact.Email;
                    lead.Contact = contact;
                    lead.MatchMethod = LeadMatchMethod.ContactEmail;
                }
                else
                {
                    lead.Email = DemoEmail.Unique(emails, $"{first} {last}", account.Domain!);
                    lead.MatchMethod = LeadMatchMethod.AccountDomain;
                }

                lead.Account = account;
                lead.Company = account.Name;
                lead.Domain = account.Domain;
                lead.Country = account.Country;
                lead.Industry = account.Industry;
                lead.Employees = account.Employees;
                lead.AnnualRevenue = account.AnnualRevenue;
            }

            var email = lead.Email!;
            lead.EmailDomain = email[(email.IndexOf('@') + 1)..];
            var engagements = random.Next(1, 9);
            for (var e = 0; e < engagements; e++)
            {
                var engagementKind = DemoNames.Pick(random, kinds);
                lead.Engagements.Add(Engagement(engagementKind, engagementKind == EngagementKind.WebinarAttended ? lead.Campaign : null, lead.CreatedAt, random));
            }

            Finish(lead);
            yield return lead;
        }
    }

    private static Engagement Engagement(EngagementKind kind, string? detail, DateTime from, Random random)
    {
        var span = (long)(DemoData.Anchor - from).TotalMinutes;
        return new Engagement { Kind = kind, Detail = detail, OccurredAt = from.AddMinutes(span <= 0 ? 0 : random.NextInt64(span)) };
    }

    private static void Finish(Lead lead)
    {
        lead.Engagements.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        lead.LastActivityAt = lead.Engagements.Count == 0 ? null : lead.Engagements[^1].OccurredAt;
        lead.UpdatedAt = lead.CreatedAt;
    }

    private static LeadSource MapSource(string origin, string? source) => origin switch
    {
        "Lead Import" => LeadSource.Other,
        _ => source?.ToLower(CultureInfo.InvariantCulture) switch
        {
            "reference" or "referral sites" or "welearn" or "welearnblog_home" => LeadSource.Referral,
            "google" or "bing" or "facebook" or "pay per click ads" or "social media" or "youtubechannel" => LeadSource.Advert,
            "nc_edm" => LeadSource.ColdEmail,
            "direct traffic" or "organic search" or "olark chat" or "live chat" or "click2call" or "welingak website" or "blog" or "press_release" => LeadSource.WebForm,
            _ => LeadSource.Other,
        },
    };

    private static EngagementKind? MapActivity(string? activity) => activity switch
    {
        "Email Opened" => EngagementKind.EmailOpen,
        "Email Link Clicked" or "View in browser link Clicked" => EngagementKind.EmailClick,
        "Form Submitted on Website" or "Converted to Lead" or "Olark Chat Conversation" => EngagementKind.FormPost,
        "Page Visited on Website" => EngagementKind.WebVisit,
        "Visited Booth in Tradeshow" => EngagementKind.EventVisit,
        _ => null,
    };
}
