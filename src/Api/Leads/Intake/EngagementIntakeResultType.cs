using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

public sealed class EngagementIntakeResultType : ObjectGraphType<EngagementIntakeEntry>
{
    public EngagementIntakeResultType()
    {
        Name = "EngagementIntakeResult";
        Field<NonNullGraphType<IntGraphType>>("index").Resolve(c => c.Source.Item.Index);
        Field<NonNullGraphType<BooleanGraphType>>("accepted").Resolve(c => c.Source.Item.Accepted);
        EngagementFields.AddTo(this, e => e);
    }
}
