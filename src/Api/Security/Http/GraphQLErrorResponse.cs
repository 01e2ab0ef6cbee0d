using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SalesGraph.Api.Security.Http;

/// <summary>Writes a request-level failure as a GraphQL error body: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>.</summary>
public static class GraphQLErrorResponse
{
    public static async Task WriteAsync(
        HttpContext context, int statusCode, string code, string message, string? correlationId = null)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = statusCode;
        response.ContentType = AcceptsOnlyJson(context.Request)
            ? "application/json; charset=utf-8"
            : "application/graphql-response+json; charset=utf-8";
        var extensions = new Dictionary<string, string> { ["code"] = code };
        if (correlationId is not null)
        {
            extensions["correlationId"] = correlationId;
        }

        var body = new { errors = new[] { new { message, extensions } } };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: context.RequestAborted);
    }

    private static bool AcceptsOnlyJson(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
    }
}
