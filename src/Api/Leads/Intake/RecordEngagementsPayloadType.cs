using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class RecordEngagementsPayloadType : ObjectGraphType<RecordEngagementsPayload>
{
    public RecordEngagementsPayloadType()
    {
        Name = "RecordEngagementsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EngagementIntakeResultType>>>>("results").Resolve(c => c.Source.Results);
        Field<NonNullGraphType<IntGraphType>>("accepted").Resolve(c => c.Source.Results.Count(r => r.Item.Accepted));
        Field<NonNullGraphType<IntGraphType>>("refused").Resolve(c => c.Source.Results.Count(r => !r.Item.Accepted));
        this.ErrorsField("recordEngagements", p => p.Errors, typeof(IntakeFieldErrorType), typeof(UnknownLeadErrorType), typeof(BatchTooLargeErrorType), typeof(IntakeFailedErrorType));
    }
}
