using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed class RuleNotFoundErrorType : UserErrorType<RuleNotFoundError>
{
    public RuleNotFoundErrorType()
    {
        Field(e => e.Id);
    }
}
