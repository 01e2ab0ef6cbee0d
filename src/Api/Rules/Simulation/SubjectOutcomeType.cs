using GraphQL.Types;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class SubjectOutcomeType : ObjectGraphType<SubjectOutcome>
{
    public SubjectOutcomeType()
    {
        Name = "SimulatedOutcome";
        Field(o => o.Total);
        Field(o => o.Grade, nullable: true);
        Field(o => o.Stage, nullable: true);
        Field(o => o.Route, nullable: true);
        Field(o => o.Decision, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}
