using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

/// <summary>The contacts of one buying-centre role at an account.</summary>
public sealed record BuyingCentreRole(BuyingRole Role, int Count, IReadOnlyList<Contact> Contacts);

/// <summary>An open opportunity and the roles missing among its contacts.</summary>
public sealed record BuyingCentreOpportunity(int Id, string Name, FunnelStage Stage, bool NoDeciderKnown, bool NoBuyerKnown);

/// <summary>An account's buying centre (DMU): contacts by role, and where open opportunities lack a decider or a buyer.</summary>
public sealed record BuyingCentre(IReadOnlyList<BuyingCentreRole> Roles, IReadOnlyList<BuyingCentreOpportunity> OpenOpportunities)
{
    /// <summary>True when the account has open opportunities and no contact with the role at all.</summary>
    public bool NoDeciderKnown => OpenOpportunities.Count > 0 && !Roles.Any(r => r.Role == BuyingRole.Decider && r.Count > 0);

    public bool NoBuyerKnown => OpenOpportunities.Count > 0 && !Roles.Any(r => r.Role == BuyingRole.Buyer && r.Count > 0);

    public IReadOnlyList<BuyingRole> MissingRoles => [.. Enum.GetValues<BuyingRole>().Where(role => !Roles.Any(r => r.Role == role))];
}
