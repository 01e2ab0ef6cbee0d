using GraphQL.Types;

namespace SalesGraph.Api.Funnel;

public sealed class SegmentRefType : ObjectGraphType<SegmentRef>
{
    public SegmentRefType()
    {
        Description = "The team, rep or territory a funnel or lead segment belongs to.";
        Field(r => r.Id);
        Field(r => r.Name, nullable: true);
    }
}
