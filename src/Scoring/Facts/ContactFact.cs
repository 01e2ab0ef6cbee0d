using NRules.RuleModel;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Facts;

/// <summary>A known person at an account, joined by <c>Lead.ContactId == Contact.Id</c> or <c>Contact.AccountId == Account.Id</c>.</summary>
public sealed record ContactFact : IIdentityProvider
{
    public required int Id { get; init; }
    public int AccountId { get; init; }
    /// <summary>Lower-case.</summary>
    public string? Email { get; init; }
    public string? JobTitle { get; init; }
    public BuyingRole Role { get; init; }
    public bool IsDecisionMaker => Role is BuyingRole.Decider or BuyingRole.Buyer;

    public object GetIdentity() => new FactKey("Contact", Id);
}
