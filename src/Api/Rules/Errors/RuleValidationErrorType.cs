using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed class RuleValidationErrorType : UserErrorType<RuleValidationError>
{
    public RuleValidationErrorType()
    {
        Field(e => e.Position, nullable: true);
        Field(e => e.Part);
        Field(e => e.RuleName, nullable: true);
    }
}
