using System.Security.Claims;

namespace SalesGraph.Api.Security.Viewer;

/// <summary>Who is calling: the principal's name, its strongest assigned role and every role it holds (implied ones included).</summary>
public sealed record Viewer(string Name, string Role, IReadOnlyList<string> Roles, string AuthenticationType)
{
    /// <summary>Strongest first: the role a console shows in its header.</summary>
    private static readonly string[] Strength = [Security.Roles.Admin, Security.Roles.Ops, Security.Roles.Marketing, Security.Roles.Reader];

    public bool CanEditRules => Roles.Contains(Security.Roles.Ops);

    public bool CanReadRules => Roles.Contains(Security.Roles.Reader);

    public static Viewer From(ClaimsPrincipal user)
    {
        var roles = Strength.Where(user.IsInRole).ToList();
        return new Viewer(user.Identity?.Name ?? "anonymous", roles.FirstOrDefault() ?? "none", roles, user.Identity?.AuthenticationType ?? "none");
    }
}
