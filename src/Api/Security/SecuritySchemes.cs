namespace SalesGraph.Api.Security;

/// <summary>Authentication scheme names.</summary>
public static class SecuritySchemes
{
    /// <summary>The default: forwards to <see cref="Bearer"/> for <c>Authorization: Bearer</c>, else to <see cref="ApiKey"/>.</summary>
    public const string Default = "SalesGraph";

    public const string ApiKey = "ApiKey";

    public const string Bearer = "Bearer";

    public const string SubjectClaim = "sub";
}
