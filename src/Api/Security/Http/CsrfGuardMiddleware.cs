using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;

namespace SalesGraph.Api.Security.Http;

/// <summary>
/// Keeps browsers' simple requests from changing anything: a GET carrying a mutation gets 405, and a POST whose
/// content type a form could send (text/plain, form types, none) gets 415 unless it has a header that forces a
/// CORS preflight. JSON POSTs always force a preflight, so they pass.
/// </summary>
public sealed class CsrfGuardMiddleware(RequestDelegate next)
{
    private static readonly string[] PreflightHeaders =
        ["GraphQL-Require-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name", "X-Requested-With"];

    private static readonly string[] SimpleContentTypes =
        ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && CarriesMutation(request.Query["query"]))
        {
            context.Response.Headers.Allow = "POST";
            return GraphQLErrorResponse.WriteAsync(
                context, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MutationOverGet,
                "Mutations must be sent with POST and an application/json body.");
        }

        if (HttpMethods.IsPost(request.Method) && IsSimpleContentType(request.ContentType)
            && !PreflightHeaders.Any(request.Headers.ContainsKey))
        {
            return GraphQLErrorResponse.WriteAsync(
                context, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.PreflightRequired,
                "Send the request as application/json (or add a GraphQL-Require-Preflight header).");
        }

        return next(context);
    }

    private static bool IsSimpleContentType(string? contentType) =>
        !MediaTypeHeaderValue.TryParse(contentType, out var media)
        || SimpleContentTypes.Any(t => media.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase));

    private static bool CarriesMutation(string? query)
    {
        if (string.IsNullOrEmpty(query) || !query.Contains("mutation", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All }).Definitions
                .OfType<GraphQLOperationDefinition>()
                .Any(op => op.Operation != OperationType.Query);
        }
        catch (GraphQLParserException)
        {
            return false; // not parseable, so nothing runs; the endpoint answers 400
        }
    }
}
