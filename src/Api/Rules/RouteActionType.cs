using GraphQL.Types;
using SalesGraph.Scoring.Rules;
using Route = SalesGraph.Scoring.Rules.Route;

namespace SalesGraph.Api.Rules;

public sealed class RouteActionType : ObjectGraphType<Route>
{
    public RouteActionType()
    {
        Name = "RouteAction";
        Field(r => r.Team);
        Field(r => r.SlaHours, nullable: true);
    }
}
