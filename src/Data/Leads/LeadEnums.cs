namespace SalesGraph.Data.Leads;

public enum LeadSource
{
    WebForm,
    Webinar,
    Download,
    Advert,
    ColdCall,
    ColdEmail,
    Event,
    Referral,
    Tender,
    Other,
}

/// <summary>Lifecycle stage: new → nurture → marketing-qualified → sales-qualified, or disqualified.</summary>
public enum LeadStage
{
    New,
    Nurture,
    Mql,
    Sql,
    Disqualified,
}

public enum LeadGrade
{
    A,
    B,
    C,
    D,
}

/// <summary>How a lead was matched to an account or contact on intake.</summary>
public enum LeadMatchMethod
{
    None,
    ContactEmail,
    AccountDomain,
    CompanyName,
    CreatedAccount,
}

public enum EngagementKind
{
    WebVisit,
    EmailOpen,
    EmailClick,
    FormPost,
    WebinarAttended,
    EventVisit,
    Download,
}

/// <summary>The bits of <see cref="Lead.FunnelFlags"/>, each a fact of the lead's own row.</summary>
[Flags]
public enum LeadFunnelFlags
{
    None = 0,
    /// <summary><see cref="Lead.OpportunityId"/> is set.</summary>
    HasOpportunity = 1,
    /// <summary><see cref="Lead.Converted"/> is true.</summary>
    Converted = 2,
    /// <summary><see cref="Lead.FollowUpDueAt"/> is set.</summary>
    FollowUpDue = 4,
    /// <summary><see cref="Lead.FirstFollowUpAt"/> is set.</summary>
    FollowedUp = 8,
    /// <summary>The first follow-up came after <see cref="Lead.FollowUpDueAt"/>.</summary>
    FollowedUpLate = 16,
}
