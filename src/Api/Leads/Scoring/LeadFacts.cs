using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Facts;
using ScoringLeadSource = SalesGraph.Scoring.Rules.LeadSource;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Turns a stored lead into the fact the rules see (engagement counts are added from the Engagements table).</summary>
public static class LeadFacts
{
    private static readonly string[] ExecutiveWords = ["ceo", "cfo", "cto", "coo", "cio", "cmo", "chief", "owner", "founder", "director", "vp", "vice", "president", "partner"];
    private static readonly string[] ManagerWords = ["manager", "head", "lead", "teamlead", "supervisor"];

    public static LeadFact From(Lead lead)
    {
        // Parsed once per lead here; every rule's Lead.Number("...") is then a binary search in arrays.
        var customFields = CustomFieldValues.Parse(lead.CustomFields);
        return new()
        {
            Id = lead.Id,
            AccountId = lead.AccountId,
            ContactId = lead.ContactId,
            // The Data and Scoring enums list the same names in the same order.
            Source = (ScoringLeadSource)(int)lead.Source,
            Email = lead.Email?.ToLowerInvariant(),
            EmailDomain = lead.EmailDomain?.ToLowerInvariant(),
            IsFreeMail = lead.IsFreeMailDomain,
            Domain = lead.Domain?.ToLowerInvariant(),
            Company = lead.Company,
            // Lower-case so that rules can test words ("student") without caring how the title was typed.
            JobTitle = lead.JobTitle?.ToLowerInvariant(),
            IsExecutive = HasWord(lead.JobTitle, ExecutiveWords),
            IsManager = HasWord(lead.JobTitle, ManagerWords),
            Country = lead.Country?.ToUpperInvariant(),
            Industry = lead.Industry,
            Employees = lead.Employees,
            AnnualRevenue = lead.AnnualRevenue,
            HasPhone = !string.IsNullOrWhiteSpace(lead.Phone),
            ConsentEmail = lead.ConsentEmail,
            Campaign = lead.Campaign,
            UtmSource = lead.UtmSource,
            UtmMedium = lead.UtmMedium,
            MinutesOnSite = MinutesOnSite(customFields),
            CustomFields = customFields,
        };
    }

    private static bool HasWord(string? title, string[] words)
    {
        if (string.IsNullOrEmpty(title))
            return false;
        foreach (var word in title.Split([' ', ',', '/', '-', '&', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(word.ToLowerInvariant()))
                return true;
        }
        return false;
    }

    /// <summary>Web trackers report time on site as a "secondsOnSite" custom field (the X Education import does), as a number or as text.</summary>
    private static int MinutesOnSite(CustomFieldValues customFields) =>
        customFields.Number("secondsOnSite") is { } seconds && double.IsFinite(seconds) ? (int)(seconds / 60) : 0;
}
