using SalesGraph.Api.Security;

namespace SalesGraph.Api.Tests.Security;

public sealed class RolesTests
{
    [Fact]
    public void Expand_Admin_ImpliesEveryRoleAndPersonalData()
    {
        var granted = Roles.Expand([Roles.Admin]);

        Assert.Equal(Roles.Assignable.Append(Roles.PersonalData).Order(), granted.Order());
    }

    [Fact]
    public void Expand_Ops_ReadsButWithoutPersonalData()
    {
        var granted = Roles.Expand([Roles.Ops]);

        Assert.Contains(Roles.Reader, granted);
        Assert.DoesNotContain(Roles.PersonalData, granted);
        Assert.DoesNotContain(Roles.Admin, granted);
    }

    [Fact]
    public void Expand_Marketing_GrantsNeitherReadingNorPersonalData()
    {
        Assert.Equal([Roles.Marketing], Roles.Expand([Roles.Marketing]));
    }

    [Fact]
    public void Expand_UnknownOrUnassignableRole_GrantsNothing()
    {
        Assert.Empty(Roles.Expand(["root", "personal-data"]));
    }
}
