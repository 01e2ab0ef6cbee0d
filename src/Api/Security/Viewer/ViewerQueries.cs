using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Security.Viewer;

public sealed class ViewerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is calling and with which role.")
            .Resolve(context => Viewer.From(context.User!))
            .RequireAuthenticated();
}
