using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Contacts;

public sealed class ContactQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) => query.Connection("contacts", db => db.Contacts).RequireRole(Roles.Reader);
}
