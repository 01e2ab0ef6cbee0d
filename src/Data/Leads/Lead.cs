namespace SalesGraph.Data.Leads;

/// <summary>Someone who showed interest, as a marketing system reported them; scored, graded, staged and routed by the rules.</summary>
public class Lead
{
    public int Id { get; set; }
    public LeadSource Source { get; set; }
    /// <summary>The sending system's id; (Source, ExternalId) is unique, which makes intake idempotent.</summary>
    public required string ExternalId { get; set; }
    public string? Email { get; set; }
    /// <summary>Domain of the e-mail address, lower-case.</summary>
    public string? EmailDomain { get; set; }
    public bool IsFreeMailDomain { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Phone { get; set; }
    public string? JobTitle { get; set; }
    public string? Company { get; set; }
    /// <summary>Company web domain, lower-case; taken from the e-mail where not given.</summary>
    public string? Domain { get; set; }
    /// <summary>ISO 3166 alpha-2.</summary>
    public string? Country { get; set; }
    public string? Industry { get; set; }
    public int? Employees { get; set; }
    public decimal? AnnualRevenue { get; set; }
    public bool ConsentEmail { get; set; }
    public bool ConsentPhone { get; set; }
    public bool ConsentTracking { get; set; }
    public string? Campaign { get; set; }
    public string? UtmSource { get; set; }
    public string? UtmMedium { get; set; }
    public string? UtmCampaign { get; set; }
    public string? UtmTerm { get; set; }
    public string? UtmContent { get; set; }
    /// <summary>Buying motives the lead named, '|'-separated.</summary>
    public string? BuyingMotives { get; set; }
    /// <summary>Free key/value fields of the sending system, as a JSON object.</summary>
    public string? CustomFields { get; set; }

    public int? AccountId { get; set; }
    public Accounts.Account? Account { get; set; }
    public int? ContactId { get; set; }
    public Accounts.Contact? Contact { get; set; }
    public LeadMatchMethod MatchMethod { get; set; }

    /// <summary>Known outcome: did the lead become a customer (imported history, or closed later)?</summary>
    public bool? Converted { get; set; }

    public int Score { get; set; }
    public int FitScore { get; set; }
    public int EngagementScore { get; set; }
    public LeadGrade? Grade { get; set; }
    public LeadStage Stage { get; set; }
    public int? RouteTeamId { get; set; }
    public Sales.Team? RouteTeam { get; set; }
    public int? AssignedRepId { get; set; }
    public Sales.SalesRep? AssignedRep { get; set; }
    public DateTime? FollowUpDueAt { get; set; }
    /// <summary>When the assigned rep first followed the lead up (call, mail, meeting); compared with <see cref="FollowUpDueAt"/> for the SLA.</summary>
    public DateTime? FirstFollowUpAt { get; set; }
    /// <summary>The opportunity the lead turned into, once sales qualified it.</summary>
    public int? OpportunityId { get; set; }
    public Opportunities.Opportunity? Opportunity { get; set; }
    public string? NurtureTrack { get; set; }
    public DateTime? ScoredAt { get; set; }
    public int? ScoreRuleVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? LastActivityAt { get; set; }
    public int RowVersion { get; set; }

    // Computed by the database from the columns above (so every write path, raw SQL included, keeps them), for lead conversion.

    /// <summary><see cref="CreatedAt"/> as year × 100 + month.</summary>
    public int CreatedMonth { get; private set; }
    /// <summary>Whole seconds from <see cref="CreatedAt"/> to <see cref="FirstFollowUpAt"/>; null before the first follow-up.</summary>
    public long? FollowUpSeconds { get; private set; }
    /// <summary>Bits of <see cref="LeadFunnelFlags"/>: has an opportunity, converted, follow-up due, followed up, followed up late.</summary>
    public int FunnelFlags { get; private set; }

    public List<Engagement> Engagements { get; set; } = [];
}
