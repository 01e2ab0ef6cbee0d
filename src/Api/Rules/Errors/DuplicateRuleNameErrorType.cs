using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed class DuplicateRuleNameErrorType : UserErrorType<DuplicateRuleNameError>
{
    public DuplicateRuleNameErrorType()
    {
        Field(e => e.Name);
    }
}
