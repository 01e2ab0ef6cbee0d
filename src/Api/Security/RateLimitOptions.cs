namespace SalesGraph.Api.Security;

/// <summary>The <c>Security:RateLimit</c> section: a fixed window per key, token subject, or (unauthenticated) IP address.</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
