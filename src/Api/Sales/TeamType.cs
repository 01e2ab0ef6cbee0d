using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Sales;

namespace SalesGraph.Api.Sales;

public sealed class TeamType : EntityGraphType<Team>
{
    public TeamType()
    {
        Description = "A sales or bid team; leads and tenders are routed to it.";
        Column(t => t.Id);
        Column(t => t.Name);
        Column(t => t.Kind);
        Column(t => t.Manager);
        Collection(t => t.Reps);
    }
}
