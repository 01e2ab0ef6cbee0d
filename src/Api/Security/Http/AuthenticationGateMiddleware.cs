using Microsoft.AspNetCore.Authentication;

namespace SalesGraph.Api.Security.Http;

/// <summary>No principal, no GraphQL: 401 through the default challenge (a GraphQL error body and WWW-Authenticate). A WebSocket
/// upgrade passes: it authenticates in its connection_init message (browsers cannot set headers on a WebSocket).</summary>
public sealed class AuthenticationGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true || context.WebSockets.IsWebSocketRequest ? next(context) : context.ChallengeAsync();
}
