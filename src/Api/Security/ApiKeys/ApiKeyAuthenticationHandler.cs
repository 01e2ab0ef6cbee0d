using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SalesGraph.Api.Security.Http;

namespace SalesGraph.Api.Security.ApiKeys;

/// <summary>
/// Reads <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: ApiKey &lt;key&gt;</c>, and answers every challenge of the
/// app (the policy scheme forwards challenges here) with 401, <c>WWW-Authenticate</c> and a GraphQL error body.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore store,
    IOptions<JwtOptions> jwt)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ReadKey(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var verification = await store.VerifyAsync(presented, Context.RequestAborted);
        if (verification.Key is not { } key)
        {
            Logger.LogInformation("API key refused: {Reason}", verification.Failure);
            return AuthenticateResult.Fail("Invalid API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(SecuritySchemes.SubjectClaim, $"apikey:{key.Id}"),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, key.Role),
            ],
            Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        if (key.LeadSources is { } sources)
        {
            identity.AddClaim(new Claim(LeadSourceScopes.ClaimType, string.Join(",", LeadSourceScopes.FromStored(sources)!.Select(LeadSourceScopes.Name))));
        }

        Roles.GrantImpliedRoles(identity);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.Append(HeaderNames.WWWAuthenticate, "ApiKey realm=\"SalesGraph\"");
        if (jwt.Value.IsConfigured)
        {
            Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer realm=\"SalesGraph\"");
        }

        return GraphQLErrorResponse.WriteAsync(
            Context, StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated,
            "Authentication required: send a valid API key (header X-Api-Key, or Authorization: ApiKey) or a bearer token.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        GraphQLErrorResponse.WriteAsync(
            Context, StatusCodes.Status403Forbidden, ErrorCodes.NotAuthorized, "Not allowed for this role.");

    private static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        const string scheme = "ApiKey ";
        return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization[scheme.Length..]
            : null;
    }
}
