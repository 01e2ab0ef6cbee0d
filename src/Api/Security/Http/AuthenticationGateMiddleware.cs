using Microsoft.AspNetCore.Authentication;

namespace SalesGraph.Api.Security.Http;

/// <summary>No principal, no GraphQL: 401 through the default challenge (a GraphQL error body and WWW-Authenticate).</summary>
public sealed class AuthenticationGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? next(context) : context.ChallengeAsync();
}
