using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules;

public sealed class EvaluationConflictErrorType : UserErrorType<EvaluationConflictError>
{
    public EvaluationConflictErrorType()
    {
        Description = "Some batches kept conflicting with concurrent writes and were left as they were; run again.";
        Field(e => e.Skipped).Description("How many were not evaluated.");
    }
}
