using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.Accounts;

public sealed class AccountQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection("accounts", db => db.Accounts);
        query.ByKey("account", db => db.Accounts);
    }
}
