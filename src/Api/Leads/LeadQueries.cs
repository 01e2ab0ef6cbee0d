using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Leads;

public sealed class LeadQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection("leads", db => db.Leads).RequireRole(Roles.Reader, Roles.Marketing);
        query.ByKey("lead", db => db.Leads).RequireRole(Roles.Reader, Roles.Marketing);
    }
}
