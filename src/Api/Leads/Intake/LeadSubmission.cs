using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>A lead as a marketing system sends it (<c>SubmitLeadInput</c>, or a mapped CSV row), before validation.</summary>
public sealed class LeadSubmission
{
    public LeadSource Source { get; set; }
    public string? ExternalId { get; set; }
    public string? Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Phone { get; set; }
    public string? JobTitle { get; set; }
    public string? Company { get; set; }
    public string? Domain { get; set; }
    public string? Country { get; set; }
    public string? Industry { get; set; }
    public int? Employees { get; set; }
    public decimal? AnnualRevenue { get; set; }
    public bool? ConsentEmail { get; set; }
    public bool? ConsentPhone { get; set; }
    public bool? ConsentTracking { get; set; }
    public string? Campaign { get; set; }
    public string? UtmSource { get; set; }
    public string? UtmMedium { get; set; }
    public string? UtmCampaign { get; set; }
    public string? UtmTerm { get; set; }
    public string? UtmContent { get; set; }
    public List<string>? BuyingMotives { get; set; }
    public List<CustomField>? CustomFields { get; set; }

    /// <summary>Known outcome (imports only): did the lead become a customer?</summary>
    public bool? Converted { get; set; }
}
