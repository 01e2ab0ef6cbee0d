using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>How a lead was matched: to a contact by e-mail, to an account by domain or by normalised company name, or not.</summary>
public sealed record LeadMatch(LeadMatchMethod Method, int? AccountId, int? ContactId)
{
    public static readonly LeadMatch None = new(LeadMatchMethod.None, null, null);

    /// <summary>The match as stored on the lead (after intake, including an account created for it by <see cref="SuspectAccounts"/>).</summary>
    public static LeadMatch Of(Lead lead) => new(lead.MatchMethod, lead.AccountId, lead.ContactId);
}
