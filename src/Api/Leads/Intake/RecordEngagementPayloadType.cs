using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class RecordEngagementPayloadType : ObjectGraphType<RecordEngagementPayload>
{
    public RecordEngagementPayloadType()
    {
        Name = "RecordEngagementPayload";
        EngagementFields.AddTo(this, p => p.Entry);
        this.ErrorsField("recordEngagement", p => p.Errors, typeof(IntakeFieldErrorType), typeof(UnknownLeadErrorType), typeof(IntakeFailedErrorType));
    }
}
