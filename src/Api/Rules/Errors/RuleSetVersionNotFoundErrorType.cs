using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed class RuleSetVersionNotFoundErrorType : UserErrorType<RuleSetVersionNotFoundError>
{
    public RuleSetVersionNotFoundErrorType()
    {
        Field(e => e.Version);
    }
}
