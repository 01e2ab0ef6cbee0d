using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using Microsoft.Net.Http.Headers;

namespace SalesGraph.Api.Subscriptions.Transport;

/// <summary>
/// Authenticates the credentials of a <c>connection_init</c> payload with the app's own authentication schemes, exactly as the
/// headers of an HTTP request would be: <c>{"apiKey": "..."}</c> (or <c>"X-Api-Key"</c>) and <c>{"Authorization": "ApiKey ..." | "Bearer ..."}</c>.
/// So a connection has the roles (and whatever other claims) a query with the same key or token has. A fresh scope per call,
/// because the authentication handlers are cached per scope with the request they first saw.
/// </summary>
public sealed class ConnectionAuthenticator(IServiceScopeFactory scopes)
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = ct };
        foreach (var (name, value) in headers)
            http.Request.Headers[name] = value;
        var result = await http.AuthenticateAsync(SecuritySchemes.Default);
        return result.Succeeded && result.Principal.Identity?.IsAuthenticated == true ? result.Principal : null;
    }

    /// <summary>The credentials in a connection_init payload, as the headers they stand for; null when there are none.</summary>
    public static Dictionary<string, string>? Headers(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
            return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                continue;
            var name = property.Name.ToLowerInvariant() switch
            {
                "apikey" or "x-api-key" => ApiKeyAuthenticationHandler.HeaderName,
                "authorization" => HeaderNames.Authorization,
                _ => null,
            };
            if (name is not null)
                headers[name] = property.Value.GetString()!;
        }

        return headers.Count > 0 ? headers : null;
    }
}
