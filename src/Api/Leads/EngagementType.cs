using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads;

public sealed class EngagementType : EntityGraphType<Engagement>
{
    public EngagementType()
    {
        Description = "Something a lead did: a visit, an open, a form post.";
        Column(e => e.Id);
        Column(e => e.Kind);
        Column(e => e.OccurredAt);
        Column(e => e.Detail);
    }
}
