namespace SalesGraph.Api.Security;

/// <summary>The <c>Security</c> configuration section: every limit and switch, with safe defaults.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>The path the request guards (authentication, CSRF, body size, rate limit) protect.</summary>
    public string GraphQLPath { get; set; } = "/graphql";

    /// <summary>On a start with no key and no JWT settings, create an admin key (never in Production, which refuses to start).</summary>
    public bool CreateAdminKeyOnFirstStart { get; set; } = true;

    /// <summary>Where the first-start admin key is written; default <c>admin-key.txt</c> beside the SQLite database file.</summary>
    public string? AdminKeyFile { get; set; }

    public GraphQLLimitsOptions Limits { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();
}
