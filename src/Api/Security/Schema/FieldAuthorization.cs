using System.Security.Claims;
using GraphQL;
using GraphQL.Types;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// How a field or type says who may read it. Stored as GraphQL.NET's own authorization metadata
/// (<c>AuthorizeWithRoles</c>), so any tool that reads that metadata sees the same rules.
/// </summary>
public static class FieldAuthorization
{
    /// <summary>The principal needs one of <paramref name="roles"/> (roles imply others, see <see cref="Roles"/>).</summary>
    public static TMetadataWriter RequireRole<TMetadataWriter>(this TMetadataWriter provider, params string[] roles)
        where TMetadataWriter : IMetadataWriter => provider.AuthorizeWithRoles(roles);

    /// <summary>Contact e-mail, phone and the like: hidden (null and <c>AUTH_NOT_AUTHORIZED</c>) from roles without <see cref="Roles.PersonalData"/>.</summary>
    public static TMetadataWriter RequirePersonalData<TMetadataWriter>(this TMetadataWriter provider)
        where TMetadataWriter : IMetadataWriter => provider.AuthorizeWithRoles(Roles.PersonalData);

    /// <summary>Any authenticated principal, whatever its role (for harmless fields such as a version number).</summary>
    public static TMetadataWriter RequireAuthenticated<TMetadataWriter>(this TMetadataWriter provider)
        where TMetadataWriter : IMetadataWriter => provider.Authorize();

    /// <summary>True when the element carries any rule, including an explicit <c>AllowAnonymous</c>.</summary>
    public static bool DeclaresRule(this IMetadataReader? provider) =>
        provider is not null && (provider.IsAuthorizationRequired() || provider.IsAnonymousAllowed());
}
