using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Opportunities;

public sealed class OpportunityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) => query.Connection("opportunities", db => db.Opportunities).RequireRole(Roles.Reader);
}
