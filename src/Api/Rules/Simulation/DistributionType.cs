using GraphQL.Types;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class DistributionType : ObjectGraphType<Distribution>
{
    public DistributionType()
    {
        Name = "SimulationDistribution";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("scores").Description("Totals in buckets of ten points, e.g. \"20..29\".").Resolve(c => c.Source.Scores);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("grades").Resolve(c => c.Source.Grades);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("stages").Resolve(c => c.Source.Stages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("routes").Description("Team, \"nurture: track\" or \"(none)\".").Resolve(c => c.Source.Routes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("decisions").Resolve(c => c.Source.Decisions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("pyramidTiers").Description("CUSTOMER_STRATEGY: accounts per pyramid tier (the same before and after: computed, not set by rules).").Resolve(c => c.Source.PyramidTiers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("relationshipStages").Description("CUSTOMER_STRATEGY: accounts per relationship stage (computed, not set by rules).").Resolve(c => c.Source.RelationshipStages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BucketType>>>>("strategies").Description("CUSTOMER_STRATEGY: accounts per strategy tag (an account may count under several), \"(none)\" for untagged.").Resolve(c => c.Source.Strategies);
    }
}
