using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// Parses as GraphQL.NET's builder does, but a refused document (bad syntax, nested too deeply) is a request error
/// that says what and where, never an unhandled "Error executing document." with the parser's exception inside.
/// </summary>
public sealed class CheckedDocumentBuilder : IDocumentBuilder
{
    /// <summary>The parser's recursion limit in syntax nodes; a selection level takes two (the field and its selection set).</summary>
    public const int MaxSyntaxDepth = 128;

    public GraphQLDocument Build(string body)
    {
        try
        {
            return Parser.Parse(body, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxSyntaxDepth });
        }
        catch (GraphQLMaxDepthExceededException e)
        {
            throw new DocumentSyntaxError(e, DocumentSyntaxError.TooDeepCode, $"the document is nested deeper than {MaxSyntaxDepth / 2} levels.");
        }
        catch (GraphQLParserException e)
        {
            throw new DocumentSyntaxError(e, DocumentSyntaxError.SyntaxCode, e.Description);
        }
    }
}
