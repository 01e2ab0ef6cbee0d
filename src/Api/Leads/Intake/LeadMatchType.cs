using GraphQL.Types;
using SalesGraph.Api.Accounts;
using SalesGraph.Api.Contacts;

namespace SalesGraph.Api.Leads.Intake;

/// <summary><c>type LeadMatch { method account contact }</c>: how intake matched the lead.</summary>
public sealed class LeadMatchType : ObjectGraphType<LeadIntakeEntry>
{
    public LeadMatchType()
    {
        Name = "LeadMatch";
        Field<NonNullGraphType<EnumerationGraphType<Data.Leads.LeadMatchMethod>>>("method").Resolve(c => c.Source.Item.Match!.Method);
        Field<AccountType>("account").Resolve(c => c.Source.Account);
        Field<ContactType>("contact").Resolve(c => c.Source.Contact);
    }
}
