using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Tenders;

public sealed class TenderQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) => query.Connection("tenders", db => db.Tenders).RequireRole(Roles.Reader);
}
