namespace SalesGraph.Api.Security;

/// <summary>The <c>Authentication:Jwt</c> section: bearer tokens from an identity provider.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>The identity provider; its signing keys come from its OpenID configuration.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Required with <see cref="SigningKey"/>-only set-ups that want the issuer checked.</summary>
    public string? Issuer { get; set; }

    /// <summary>A shared HMAC key (at least 32 bytes), for providers without discovery and for tests.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The claim that carries the role names.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that carries the token's lead sources (<c>WEB_FORM WEBINAR</c>, comma- or space-separated, or an array); without it, all sources.</summary>
    public string LeadSourcesClaim { get; set; } = LeadSourceScopes.ClaimType;

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
