using System.Text.Json;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Security;

public sealed class FieldAuthorizationTests : IDisposable
{
    private readonly GraphQLHarness graphQL = new();

    [Fact]
    public async Task Execute_RoleAllowed_ReturnsTheField()
    {
        var result = await graphQL.ExecuteAsync("{ rules }", Roles.Ops);

        Assert.Equal(2, result.GetProperty("data").GetProperty("rules").GetArrayLength());
        Assert.False(result.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Execute_RoleMissing_FieldIsNullWithNotAuthorizedAndOthersStillAnswer()
    {
        var result = await graphQL.ExecuteAsync("{ rules ping }", Roles.Reader);

        var data = result.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("rules").ValueKind);
        Assert.Equal("pong", data.GetProperty("ping").GetString());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(ErrorCodes.NotAuthorized, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("rules", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Execute_AdminRole_ImpliesOpsAndReader()
    {
        var result = await graphQL.ExecuteAsync("{ rules contacts { email } }", Roles.Admin);

        Assert.False(result.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Execute_OpsReadingContacts_PersonalFieldsAreNullWithErrors()
    {
        var result = await graphQL.ExecuteAsync("{ contacts { name email phone } }", Roles.Ops);

        var contact = result.GetProperty("data").GetProperty("contacts")[0];
        Assert.Equal("Ada Jansen", contact.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("phone").ValueKind);
        Assert.All(result.GetProperty("errors").EnumerateArray(), e =>
            Assert.Equal(ErrorCodes.NotAuthorized, e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Execute_ReaderReadingContacts_SeesPersonalFields()
    {
        var result = await graphQL.ExecuteAsync("{ contacts { email phone } }", Roles.Reader);

        Assert.Equal("ada@example.nl", result.GetProperty("data").GetProperty("contacts")[0].GetProperty("email").GetString());
    }

    [Fact]
    public async Task Execute_MutationWithoutRole_DoesNotRunTheResolver()
    {
        var result = await graphQL.ExecuteAsync("mutation { publishRules submitLead }", Roles.Marketing);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("publishRules").ValueKind);
        Assert.Equal("done", result.GetProperty("data").GetProperty("submitLead").GetString());
        Assert.Equal(["submitLead"], graphQL.Mutations.Ran);
    }

    [Fact]
    public async Task Execute_FieldInFragment_IsCheckedToo()
    {
        var result = await graphQL.ExecuteAsync(
            "query { ...f } fragment f on Query { rules }", Roles.Marketing);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("rules").ValueKind);
    }

    [Fact]
    public async Task Execute_UnauthenticatedPrincipal_GetsNothing()
    {
        var result = await graphQL.ExecuteAsync("{ ping }", role: null);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("ping").ValueKind);
    }

    public void Dispose() => graphQL.Dispose();
}
