using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class UnknownLeadErrorType : UserErrorType<UnknownLeadError>
{
    public UnknownLeadErrorType()
    {
        Field(e => e.Index);
        Field(e => e.Path);
    }
}
