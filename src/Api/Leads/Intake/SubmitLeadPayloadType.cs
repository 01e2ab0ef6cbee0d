using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class SubmitLeadPayloadType : ObjectGraphType<SubmitLeadPayload>
{
    public SubmitLeadPayloadType()
    {
        Name = "SubmitLeadPayload";
        LeadIntakeFields.AddTo(this, p => p.Entry);
        this.ErrorsField("submitLead", p => p.Errors, typeof(IntakeFieldErrorType), typeof(IntakeFailedErrorType));
    }
}
