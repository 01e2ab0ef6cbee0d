using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed class ConcurrencyErrorType : UserErrorType<ConcurrencyError>
{
    public ConcurrencyErrorType()
    {
        Field(e => e.CurrentVersion);
    }
}
