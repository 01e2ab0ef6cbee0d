using GraphQL.Types;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

public sealed class BuyingCentreType : ObjectGraphType<BuyingCentre>
{
    public BuyingCentreType()
    {
        Name = "BuyingCentre";
        Description = "An account's buying centre (DMU): its contacts by role, and the roles open opportunities lack.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BuyingCentreRoleType>>>>("roles").Description("Roles with at least one contact, in the roles' order.").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<BuyingRole>>>>>("missingRoles").Description("Roles no contact of the account has.").Resolve(c => c.Source.MissingRoles);
        Field(b => b.NoDeciderKnown).Description("The account has open opportunities and no contact is a decider.");
        Field(b => b.NoBuyerKnown).Description("The account has open opportunities and no contact is a buyer.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BuyingCentreOpportunityType>>>>("openOpportunities")
            .Description("Open opportunities, each flagged where its own contacts include no decider or no buyer.")
            .Resolve(c => c.Source.OpenOpportunities);
    }
}

public sealed class BuyingCentreRoleType : ObjectGraphType<BuyingCentreRole>
{
    public BuyingCentreRoleType()
    {
        Name = "BuyingCentreRole";
        Field<NonNullGraphType<EnumerationGraphType<BuyingRole>>>("role").Resolve(c => c.Source.Role);
        Field(r => r.Count).Description("Contacts with the role.");
        Field("contacts", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(nameof(Contact)))))).Description("Those contacts, by name; e-mail and phone need personal-data access.").Resolve(c => c.Source.Contacts);
    }
}

public sealed class BuyingCentreOpportunityType : ObjectGraphType<BuyingCentreOpportunity>
{
    public BuyingCentreOpportunityType()
    {
        Name = "BuyingCentreOpportunity";
        Field(o => o.Id);
        Field(o => o.Name);
        Field<NonNullGraphType<EnumerationGraphType<FunnelStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(o => o.NoDeciderKnown).Description("None of the opportunity's contacts is a decider.");
        Field(o => o.NoBuyerKnown).Description("None of the opportunity's contacts is a buyer.");
    }
}
