using GraphQL.Types;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules;

public sealed class AddPointsActionType : ObjectGraphType<AddPoints>
{
    public AddPointsActionType()
    {
        Name = "AddPointsAction";
        Field<NonNullGraphType<EnumerationGraphType<ScoreDimension>>>("dimension").Resolve(c => c.Source.Dimension);
        Field(a => a.Points);
        Field(a => a.Cap, nullable: true);
    }
}
