namespace SalesGraph.Data.Accounts;

/// <summary>Customer-pyramid tier (Curry): by revenue rank for customers, by interest for the rest.</summary>
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

/// <summary>Where the account stands in the relationship cycle.</summary>
public enum RelationshipStage
{
    Prospect,
    New,
    Loyal,
    ExCustomer,
}

/// <summary>Relationship strategies an account is tagged with; several may apply.</summary>
[Flags]
public enum CustomerStrategy
{
    None = 0,
    Acquire = 1,
    Retain = 2,
    Develop = 4,
    WinBack = 8,
    Reduce = 16,
}

public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}
