using GraphQL.Types;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class SubjectChangeType : ObjectGraphType<SubjectChange>
{
    public SubjectChangeType()
    {
        Name = "SimulatedChange";
        Field(c => c.Id).Description("The lead's, tender's or account's id.");
        Field<NonNullGraphType<SubjectOutcomeType>>("before").Description("Under the published version.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<SubjectOutcomeType>>("after").Description("Under the draft.").Resolve(c => c.Source.After);
    }
}
