using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Security.Http;

namespace SalesGraph.Api.Security;

public static class SecurityExtensions
{
    /// <summary>API-key and JWT authentication, the key store, the first-start admin key, rate limiting and body limits.</summary>
    public static IServiceCollection AddSalesGraphSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName));
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<Viewer.ViewerType>();
        services.AddHostedService<FirstStartAdminKey>();

        services.AddAuthentication(SecuritySchemes.Default)
            .AddPolicyScheme(SecuritySchemes.Default, SecuritySchemes.Default, policy =>
            {
                policy.ForwardDefaultSelector = SelectScheme;
                policy.ForwardChallenge = SecuritySchemes.ApiKey;
                policy.ForwardForbid = SecuritySchemes.ApiKey;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SecuritySchemes.ApiKey, null)
            .AddJwtBearer(SecuritySchemes.Bearer, _ => { });
        services.AddOptions<JwtBearerOptions>(SecuritySchemes.Bearer).Configure<IOptions<JwtOptions>>(ConfigureJwt);

        services.AddRateLimiter(PerPrincipalRateLimiter.Configure);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SecurityOptions>>(ConfigureKestrel);
        return services;
    }

    /// <summary>
    /// The HTTP guards, in order: exception shielding for the whole app; then on the GraphQL path the body limit
    /// and CSRF check, authentication, the per-principal rate limit, and 401 for anyone unauthenticated.
    /// Call before mapping the GraphQL endpoint.
    /// </summary>
    public static IApplicationBuilder UseSalesGraphSecurity(this IApplicationBuilder app)
    {
        var path = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value.GraphQLPath;
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ExceptionShielding.HandleAsync });
        app.UseWhen(context => context.Request.Path.StartsWithSegments(path), guarded => guarded
            .UseMiddleware<RequestBodyLimitMiddleware>()
            .UseMiddleware<CsrfGuardMiddleware>());
        app.UseAuthentication();
        app.UseWhen(context => context.Request.Path.StartsWithSegments(path), guarded => guarded
            .UseRateLimiter()
            .UseMiddleware<AuthenticationGateMiddleware>());
        return app;
    }

    private static void ConfigureKestrel(KestrelServerOptions kestrel, IOptions<SecurityOptions> security)
    {
        var limits = security.Value.Limits;
        kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        kestrel.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, limits.MinRequestBodyGracePeriod);
        kestrel.Limits.MaxConcurrentConnections = limits.MaxConcurrentConnections;
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && context.RequestServices.GetRequiredService<IOptions<JwtOptions>>().Value.IsConfigured
            ? SecuritySchemes.Bearer
            : SecuritySchemes.ApiKey;

    /// <summary>Moves the token's configured lead-source claim to <see cref="LeadSourceScopes.ClaimType"/>; a token cannot bring its own under that name.</summary>
    private static void ScopeLeadSources(ClaimsIdentity identity, string claimName)
    {
        if (claimName == LeadSourceScopes.ClaimType)
        {
            return;
        }

        var configured = identity.FindAll(claimName).ToList();
        foreach (var claim in identity.FindAll(LeadSourceScopes.ClaimType).ToList())
        {
            identity.TryRemoveClaim(claim);
        }

        foreach (var claim in configured)
        {
            identity.AddClaim(new Claim(LeadSourceScopes.ClaimType, claim.Value));
        }
    }

    private static void ConfigureJwt(JwtBearerOptions bearer, IOptions<JwtOptions> options)
    {
        var jwt = options.Value;
        bearer.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
        bearer.Audience = jwt.Audience;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience),
            ValidAudience = jwt.Audience,
            ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Issuer) || bearer.Authority is not null,
            ValidIssuer = jwt.Issuer,
            IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey)
                ? null
                : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
            NameClaimType = SecuritySchemes.SubjectClaim,
            RoleClaimType = jwt.RoleClaim,
        };
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity)
                {
                    Roles.GrantImpliedRoles(identity);
                    ScopeLeadSources(identity, jwt.LeadSourcesClaim);
                }

                return Task.CompletedTask;
            },
        };
    }
}
