using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>A lead that passed validation: trimmed, e-mail lower-case, domain from the e-mail where missing, country alpha-2.</summary>
public sealed record NormalizedLead
{
    public required LeadSource Source { get; init; }
    public required string ExternalId { get; init; }
    public string? Email { get; init; }
    public string? EmailDomain { get; init; }
    public bool IsFreeMailDomain { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Phone { get; init; }
    public string? JobTitle { get; init; }
    public string? Company { get; init; }
    /// <summary><see cref="Data.Accounts.CompanyName.Normalize"/> of <see cref="Company"/>, for matching.</summary>
    public string? CompanyKey { get; init; }
    public string? Domain { get; init; }
    public string? Country { get; init; }
    public string? Industry { get; init; }
    public int? Employees { get; init; }
    public decimal? AnnualRevenue { get; init; }
    public bool ConsentEmail { get; init; }
    public bool ConsentPhone { get; init; }
    public bool ConsentTracking { get; init; }
    public string? Campaign { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }
    public string? UtmCampaign { get; init; }
    public string? UtmTerm { get; init; }
    public string? UtmContent { get; init; }
    public string? BuyingMotives { get; init; }
    public string? CustomFields { get; init; }
    /// <summary>The type of each custom field this lead carries, for the catalogue (<see cref="CustomFields.CustomFieldCatalogue"/>).</summary>
    public IReadOnlyDictionary<string, CustomFieldType>? CustomFieldTypes { get; init; }
    public bool? Converted { get; init; }

    public (LeadSource Source, string ExternalId) Key => (Source, ExternalId);

    /// <summary>Writes the submitted values and the match onto <paramref name="lead"/>; true when anything changed.</summary>
    public bool ApplyTo(Lead lead, LeadMatch match)
    {
        var changed = false;
        Set(lead.Email, Email, v => lead.Email = v);
        Set(lead.EmailDomain, EmailDomain, v => lead.EmailDomain = v);
        Set(lead.IsFreeMailDomain, IsFreeMailDomain, v => lead.IsFreeMailDomain = v);
        Set(lead.FirstName, FirstName, v => lead.FirstName = v);
        Set(lead.LastName, LastName, v => lead.LastName = v);
        Set(lead.Phone, Phone, v => lead.Phone = v);
        Set(lead.JobTitle, JobTitle, v => lead.JobTitle = v);
        Set(lead.Company, Company, v => lead.Company = v);
        Set(lead.Domain, Domain, v => lead.Domain = v);
        Set(lead.Country, Country, v => lead.Country = v);
        Set(lead.Industry, Industry, v => lead.Industry = v);
        Set(lead.Employees, Employees, v => lead.Employees = v);
        Set(lead.AnnualRevenue, AnnualRevenue, v => lead.AnnualRevenue = v);
        Set(lead.ConsentEmail, ConsentEmail, v => lead.ConsentEmail = v);
        Set(lead.ConsentPhone, ConsentPhone, v => lead.ConsentPhone = v);
        Set(lead.ConsentTracking, ConsentTracking, v => lead.ConsentTracking = v);
        Set(lead.Campaign, Campaign, v => lead.Campaign = v);
        Set(lead.UtmSource, UtmSource, v => lead.UtmSource = v);
        Set(lead.UtmMedium, UtmMedium, v => lead.UtmMedium = v);
        Set(lead.UtmCampaign, UtmCampaign, v => lead.UtmCampaign = v);
        Set(lead.UtmTerm, UtmTerm, v => lead.UtmTerm = v);
        Set(lead.UtmContent, UtmContent, v => lead.UtmContent = v);
        Set(lead.BuyingMotives, BuyingMotives, v => lead.BuyingMotives = v);
        Set(lead.CustomFields, CustomFields, v => lead.CustomFields = v);
        Set(lead.AccountId, match.AccountId, v => lead.AccountId = v);
        Set(lead.ContactId, match.ContactId, v => lead.ContactId = v);
        // A lead linked to the account intake created for it keeps saying so when a resubmission matches that account.
        var keepsCreatedAccount = lead.MatchMethod == LeadMatchMethod.CreatedAccount && match.ContactId is null && match.AccountId == lead.AccountId;
        Set(lead.MatchMethod, keepsCreatedAccount ? LeadMatchMethod.CreatedAccount : match.Method, v => lead.MatchMethod = v);
        if (Converted is not null)
        {
            Set(lead.Converted, Converted, v => lead.Converted = v);
        }

        return changed;

        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }
    }
}
