namespace SalesGraph.Scoring.Rules;

// The names match the SalesGraph.Data enums one for one, so the Api maps them with Enum.Parse.

public enum ScoreDimension
{
    Fit,
    Engagement,
    Bid,
}

public enum LeadGrade
{
    A,
    B,
    C,
    D,
}

public enum LeadStage
{
    New,
    Nurture,
    Mql,
    Sql,
    Disqualified,
}

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

public enum BuyingRole
{
    Initiator,
    User,
    Influencer,
    Buyer,
    Decider,
    Gatekeeper,
}

public enum ProcurementMethod
{
    Open,
    Selective,
    Limited,
    Direct,
}

public enum BidDecision
{
    Bid,
    NoBid,
    Review,
}

public enum CustomerPyramidTier
{
    Top,
    Large,
    Medium,
    Small,
    Inactive,
    Prospect,
    Suspect,
}

public enum RelationshipStage
{
    Prospect,
    New,
    Loyal,
    ExCustomer,
}

public enum StrategyTag
{
    Acquire,
    Retain,
    Develop,
    WinBack,
    Reduce,
}

public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}
