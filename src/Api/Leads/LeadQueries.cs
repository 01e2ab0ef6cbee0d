using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.Leads;

public sealed class LeadQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection("leads", db => db.Leads);
        query.ByKey("lead", db => db.Leads);
    }
}
