using GraphQL.Types;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class BucketType : ObjectGraphType<Bucket>
{
    public BucketType()
    {
        Name = "DistributionBucket";
        Field(b => b.Key);
        Field(b => b.Count);
    }
}
