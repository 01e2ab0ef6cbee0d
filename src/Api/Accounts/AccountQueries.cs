using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Accounts;

public sealed class AccountQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection("accounts", db => db.Accounts).RequireRole(Roles.Reader);
        query.ByKey("account", db => db.Accounts).RequireRole(Roles.Reader);
    }
}
