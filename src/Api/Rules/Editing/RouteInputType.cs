using GraphQL.Types;

namespace SalesGraph.Api.Rules.Editing;

public sealed class RouteInputType : InputObjectGraphType
{
    public RouteInputType()
    {
        Name = "RouteInput";
        Field<NonNullGraphType<StringGraphType>>("team");
        Field<IntGraphType>("slaHours");
    }
}
