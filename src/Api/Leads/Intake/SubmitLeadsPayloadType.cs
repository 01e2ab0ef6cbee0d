using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class SubmitLeadsPayloadType : ObjectGraphType<SubmitLeadsPayload>
{
    public SubmitLeadsPayloadType()
    {
        Name = "SubmitLeadsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeadIntakeResultType>>>>("results")
            .Description("One entry per submitted lead, in input order; empty when the whole batch was refused.")
            .Resolve(c => c.Source.Results);
        Field<NonNullGraphType<IntGraphType>>("accepted").Resolve(c => c.Source.Results.Count(r => r.Item.Accepted));
        Field<NonNullGraphType<IntGraphType>>("refused").Resolve(c => c.Source.Results.Count(r => !r.Item.Accepted));
        this.ErrorsField("submitLeads", p => p.Errors, typeof(IntakeFieldErrorType), typeof(BatchTooLargeErrorType), typeof(IntakeFailedErrorType));
    }
}
