namespace SalesGraph.Data.Accounts;

/// <summary>Role in the buying centre (Webster and Wind's DMU).</summary>
public enum BuyingRole
{
    Initiator,
    User,
    Influencer,
    Buyer,
    Decider,
    Gatekeeper,
}
