using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Opportunities;

public sealed class OpportunityType : EntityGraphType<Opportunity>
{
    public OpportunityType()
    {
        Description = "A deal in the sales funnel.";
        Column(o => o.Id);
        Column(o => o.Name);
        Column(o => o.Product);
        Column(o => o.Stage);
        Column(o => o.Amount);
        Column(o => o.Probability).Description = "Chance of winning, 0–1.";
        Column(o => o.ExpectedCloseAt);
        Column(o => o.ClosedAt);
        Reference(o => o.Account);
        Collection(o => o.Contacts);
        Reference(o => o.OwnerRep, "owner");
    }
}
