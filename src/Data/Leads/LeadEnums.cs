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
