using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class BatchTooLargeErrorType : UserErrorType<BatchTooLargeError>
{
    public BatchTooLargeErrorType()
    {
        Field(e => e.Received);
        Field(e => e.MaxBatchSize);
    }
}
