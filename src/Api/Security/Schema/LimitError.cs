using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace SalesGraph.Api.Security.Schema;

/// <summary>A request refused for its shape (too many aliases or root fields), with its own <c>extensions.code</c>.</summary>
public sealed class LimitError : ValidationError
{
    public LimitError(ROM source, string code, string message, ASTNode node)
        : base(source, null!, message, node)
    {
        Code = code;
    }
}
