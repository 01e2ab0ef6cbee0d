namespace SalesGraph.Data.Accounts;

/// <summary>A company the sales organisation sells to, or might.</summary>
public class Account
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case name without legal-form suffixes and punctuation, for matching leads by company name.</summary>
    public required string NormalizedName { get; set; }
    public string? Domain { get; set; }
    public string? Industry { get; set; }
    public int? Employees { get; set; }
    public decimal? AnnualRevenue { get; set; }
    /// <summary>ISO 3166 alpha-2.</summary>
    public string? Country { get; set; }
    public int? YearEstablished { get; set; }
    public int? ParentAccountId { get; set; }
    public Account? ParentAccount { get; set; }
    public int? TerritoryId { get; set; }
    public Sales.Territory? Territory { get; set; }
    public int? OwnerRepId { get; set; }
    public Sales.SalesRep? OwnerRep { get; set; }
    public bool IsCustomer { get; set; }

    public CustomerPyramidTier? PyramidTier { get; set; }
    public RelationshipStage? RelationshipStage { get; set; }
    public CustomerStrategy Strategies { get; set; }
    /// <summary>% promoters − % detractors over the account's responses; null without responses.</summary>
    public decimal? Nps { get; set; }
    public decimal? LifetimeValue { get; set; }
    public DateTime? TaggedAt { get; set; }
    public int? TagRuleVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int RowVersion { get; set; }

    public List<Contact> Contacts { get; set; } = [];
    public List<Opportunities.Opportunity> Opportunities { get; set; } = [];
    public List<Leads.Lead> Leads { get; set; } = [];
    public List<NpsResponse> NpsResponses { get; set; } = [];
    public List<RevenueLine> RevenueLines { get; set; } = [];
}
