using System.Security.Claims;
using SalesGraph.Api.Security;

namespace SalesGraph.Api.Tests.Security.Support;

public static class TestPrincipals
{
    public static ClaimsPrincipal WithRole(string role)
    {
        var identity = new ClaimsIdentity(
            [new Claim(SecuritySchemes.SubjectClaim, "test:" + role), new Claim(ClaimTypes.Role, role)],
            "test", ClaimTypes.Name, ClaimTypes.Role);
        Roles.GrantImpliedRoles(identity);
        return new ClaimsPrincipal(identity);
    }
}
