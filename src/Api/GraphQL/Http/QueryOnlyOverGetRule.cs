using GraphQL.Validation;
using GraphQLParser.AST;

namespace SalesGraph.Api.GraphQL.Http;

/// <summary>GraphQL over HTTP: GET may only run queries; anything else is answered with 405.</summary>
public sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public const string Code = "HTTP_METHOD_NOT_ALLOWED";

    public static readonly QueryOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError($"Only queries may be sent with GET; send a {context.Operation.Operation.ToString().ToLowerInvariant()} with POST.") { Code = Code });
        }

        return default;
    }
}
