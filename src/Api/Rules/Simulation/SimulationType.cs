using GraphQL.Types;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class SimulationType : ObjectGraphType<SimulationResult>
{
    public SimulationType()
    {
        Name = "RuleSetSimulation";
        Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(s => s.PublishedVersion).Description("The running version the draft is compared with.");
        Field(s => s.Evaluated);
        Field(s => s.Changed).Description("How many come out different under the draft.");
        Field<NonNullGraphType<DistributionType>>("before").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<DistributionType>>("after").Resolve(c => c.Source.After);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectChangeType>>>>("changes").Description("The first changed subjects, in id order.").Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleValidationErrorType>>>>("errors").Description("Why the draft does not compile; nothing was simulated then.").Resolve(c => c.Source.Errors);
    }
}
