using Microsoft.AspNetCore.Authentication;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Security.Http;

/// <summary>
/// No principal, no GraphQL: 401 through the default challenge (a GraphQL error body and WWW-Authenticate). A WebSocket
/// upgrade passes: it authenticates in its connection_init message (browsers cannot set headers on a WebSocket). An
/// authenticated request runs inside its key's or token's <see cref="LeadSourceScope"/>, so every lead query it makes is scoped.
/// </summary>
public sealed class AuthenticationGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await next(context);
                return;
            }

            await context.ChallengeAsync();
            return;
        }

        using (LeadSourceScope.Enter(LeadSourceScopes.Of(context.User)))
        {
            await next(context);
        }
    }
}
