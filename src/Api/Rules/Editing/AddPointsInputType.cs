using GraphQL.Types;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Editing;

public sealed class AddPointsInputType : InputObjectGraphType
{
    public AddPointsInputType()
    {
        Name = "AddPointsInput";
        Field<NonNullGraphType<EnumerationGraphType<ScoreDimension>>>("dimension");
        Field<NonNullGraphType<IntGraphType>>("points");
        Field<IntGraphType>("cap");
    }
}
