using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SalesGraph.Api.Security.Http;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Subscriptions.Transport;

namespace SalesGraph.Api.GraphQL.Http;

/// <summary>The <c>/graphql</c> endpoint, per the GraphQL-over-HTTP specification; WebSocket upgrades go to <see cref="GraphQLWebSocketEndpoint"/>.</summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, QueryOnlyOverGetRule.Instance];

    public static async Task HandleAsync(HttpContext http)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketEndpoint.HandleAsync(http);
            return;
        }

        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLSerializer>();
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, "HTTP_METHOD_NOT_ALLOWED", "Send GraphQL requests with GET or POST.");
            return;
        }

        var (request, failure) = isGet
            ? ReadQueryString(http.Request, services.GetRequiredService<IGraphQLTextSerializer>())
            : await ReadBodyAsync(http, serializer, services.GetRequiredService<IOptions<GraphQLOptions>>().Value);
        if (failure is not null)
        {
            await WriteErrorAsync(http, serializer, failure.Status, failure.Code, failure.Message);
            return;
        }

        if (string.IsNullOrWhiteSpace(request?.Query) && string.IsNullOrWhiteSpace(request?.DocumentId))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "QUERY_MISSING", "The request has no GraphQL query and no documentId.");
            return;
        }

        var result = await services.GetRequiredService<IDocumentExecuter<SalesSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = isGet ? GetRules : null,
            CachedDocumentValidationRules = isGet ? [QueryOnlyOverGetRule.Instance] : null,
        });

        LogWrappedExceptions(http, result);
        var mediaType = ResponseMediaType(http.Request);
        if (result.Executed)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
        else if (result.Errors?.Any(e => e.Code == QueryOnlyOverGetRule.Code) == true)
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        else
        {
            // GraphQL over HTTP: a well-formed request whose document does not parse or validate is 400 for
            // application/graphql-response+json, but 200 for application/json (legacy clients read errors from the body).
            http.Response.StatusCode = mediaType.StartsWith(Json, StringComparison.Ordinal) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }

        http.Response.ContentType = mediaType;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>An error that wraps an exception answers with its message and a correlation id; the log gets the exception under that id.</summary>
    private static void LogWrappedExceptions(HttpContext http, ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (error is UnhandledError || error.InnerException is null)
            {
                continue; // unhandled errors are logged where they are caught (SecurityExecutionConfiguration)
            }

            var correlationId = CorrelationId.For(http);
            error.Data[ShieldingErrorInfoProvider.CorrelationIdKey] = correlationId;
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint))
                .LogWarning(error.InnerException, "GraphQL request error {Code}: {Message}, correlation id {CorrelationId}", error.Code, error.Message, correlationId);
        }
    }

    private static (GraphQLRequest? Request, RequestFailure? Failure) ReadQueryString(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"],
                DocumentId = request.Query["documentId"],
                OperationName = request.Query["operationName"],
                Variables = Parse<Inputs>(serializer, request.Query["variables"]),
                Extensions = Parse<Inputs>(serializer, request.Query["extensions"]),
            }, null);
        }
        catch (JsonException e)
        {
            return (null, RequestFailure.InvalidJson(e));
        }
    }

    private static async Task<(GraphQLRequest? Request, RequestFailure? Failure)> ReadBodyAsync(HttpContext http, IGraphQLSerializer serializer, GraphQLOptions options)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new RequestFailure(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Send a POST body as application/json in UTF-8."));
        }

        var body = await RequestBody.ReadAsync(http.Request, options.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            return (null, new RequestFailure(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body exceeds {options.MaxRequestBytes} bytes."));
        }

        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted);
            return request is null ? (null, new RequestFailure(StatusCodes.Status400BadRequest, "INVALID_REQUEST", "The body must be a JSON object.")) : (request, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, RequestFailure.InvalidJson(e));
        }
    }

    private static T? Parse<T>(IGraphQLTextSerializer serializer, string? json) =>
        string.IsNullOrEmpty(json) ? default : serializer.Deserialize<T>(json);

    private static string ResponseMediaType(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().Accept
            .Where(a => a.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.Quality ?? 1)
            .ThenByDescending(a => a.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        var mediaType = preferred is not null && preferred.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) ? Json : GraphQLResponseJson;
        return mediaType + "; charset=utf-8";
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLSerializer serializer, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaType(http.Request);
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed record RequestFailure(int Status, string Code, string Message)
    {
        /// <summary>Says where the body went wrong, never the serializer's message (it names .NET types).</summary>
        public static RequestFailure InvalidJson(Exception e) => new(
            StatusCodes.Status400BadRequest,
            "INVALID_JSON",
            e is JsonException { LineNumber: { } line, BytePositionInLine: { } position } json
                ? $"The request is not valid JSON, or not a GraphQL request object, at {json.Path ?? "$"} (line {line + 1}, byte {position + 1}): `query` and `operationName` must be strings, `variables` and `extensions` objects."
                : "The request is not a GraphQL request object: `query` and `operationName` must be strings, `variables` and `extensions` objects.");
    }
}
