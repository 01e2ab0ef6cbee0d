using SalesGraph.Data.Leads;
using SalesGraph.Data.Sales;

namespace SalesGraph.Api.Tests.Infrastructure;

/// <summary>Leads and teams for rule-engine tests; the team names are those the default routing rules use.</summary>
public static class ScoringTestData
{
    public static readonly DateTime Created = new(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A Benelux enterprise lead: with form posts it scores well above the MQL bar and routes to "Enterprise EMEA".</summary>
    public static Lead Lead(string externalId, int? employees = 5000, string country = "NL", string? jobTitle = "CIO", int formPosts = 2) => new Lead
    {
        ExternalId = externalId,
        Source = LeadSource.WebForm,
        Email = $"{externalId}@example.com",
        EmailDomain = "example.com",
        Company = "Example",
        Country = country,
        Industry = "Software",
        Employees = employees,
        JobTitle = jobTitle,
        ConsentEmail = true,
        CreatedAt = Created,
        UpdatedAt = Created,
    }.WithEngagements(EngagementKind.FormPost, formPosts);

    public static Lead WithEngagements(this Lead lead, EngagementKind kind, int count)
    {
        for (var i = 0; i < count; i++)
            lead.Engagements.Add(new Engagement { Kind = kind, OccurredAt = Created.AddDays(i) });
        return lead;
    }

    public static Team Team(string name, params (int Capacity, int OpenLeads)[] reps)
    {
        var team = new Team { Name = name, Kind = TeamKind.Sales };
        var n = 0;
        foreach (var (capacity, open) in reps)
            team.Reps.Add(new SalesRep { FullName = $"{name} rep {++n}", Capacity = capacity, OpenLeads = open });
        return team;
    }
}
