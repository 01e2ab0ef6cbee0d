using GraphQL.Execution;
using GraphQLParser.Exceptions;

namespace SalesGraph.Api.Security.Schema;

/// <summary>A document the parser refused: what is wrong and where, as <c>Syntax Error (line:column): …</c>, without the parser's exception.</summary>
public sealed class DocumentSyntaxError : DocumentError
{
    public const string SyntaxCode = "SYNTAX_ERROR";
    public const string TooDeepCode = "MAX_DEPTH_EXCEEDED";

    public DocumentSyntaxError(GraphQLParserException refusal, string code, string description)
        : base($"Syntax Error ({refusal.Location.Line}:{refusal.Location.Column}): {description}")
    {
        Code = code;
        AddLocation(refusal.Location);
    }
}
