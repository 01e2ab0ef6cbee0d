using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

public sealed class RecordEngagementsInputType : InputObjectGraphType<RecordEngagementsInput>
{
    public RecordEngagementsInputType()
    {
        Name = "RecordEngagementsInput";
        Field(x => x.Events, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RecordEngagementInputType>>>));
    }
}
