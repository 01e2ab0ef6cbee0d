using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Security;

public sealed class HttpAuthenticationTests : IDisposable
{
    private readonly SecurityApiFactory api = new(new()
    {
        ["Authentication:Jwt:SigningKey"] = SecurityApiFactory.JwtSigningKey,
        ["Authentication:Jwt:Audience"] = "salesgraph",
        ["Authentication:Jwt:Issuer"] = "https://idp.test",
        ["Authentication:Jwt:RoleClaim"] = "groups",
    });

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Post_WithoutCredentials_Returns401WithGraphQLErrorAndWwwAuthenticate()
    {
        var response = await api.CreateClient().PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "ApiKey");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        var error = (await BodyAsync(response)).GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.NotAuthenticated, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_WithAuthorizationApiKeyHeader_IsAuthenticated()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pong", (await BodyAsync(response)).GetProperty("data").GetProperty("ping").GetString());
    }

    [Fact]
    public async Task Post_WithXApiKeyHeader_IsAuthenticated()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await api.CreateKeyAsync(Roles.Reader));

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithAlmostRightKey_Returns401()
    {
        var key = await api.CreateKeyAsync(Roles.Admin);
        var client = api.ClientWithKey(key[..^2] + (key[^2] == 'x' ? "yy" : "xx"));

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AfterKeyRevoked_Returns401OnTheNextRequest()
    {
        var key = await api.CreateKeyAsync(Roles.Ops);
        var client = api.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"))).StatusCode);

        ApiKeyToken.TryParse(key, out var token);
        await api.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(token.Id);
        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AuthenticatedWithoutRole_FieldIsNullWithNotAuthorized()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Marketing));

        var body = await BodyAsync(await client.PostAsync("/guarded", SecurityApiFactory.Json("{ rules ping }")));

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("rules").ValueKind);
        Assert.Equal(ErrorCodes.NotAuthorized, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_WithBearerToken_TakesRolesFromTheConfiguredClaim()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(SecurityApiFactory.JwtSigningKey, "ops"));

        var body = await BodyAsync(await client.PostAsync("/guarded", SecurityApiFactory.Json("{ rules contacts { name email } }")));

        Assert.Equal(2, body.GetProperty("data").GetProperty("rules").GetArrayLength());
        var contact = body.GetProperty("data").GetProperty("contacts")[0];
        Assert.Equal("Ada Jansen", contact.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task Post_WithBearerTokenSignedByAnotherKey_Returns401()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", Token("another-signing-key-that-is-also-32-bytes-long!!", "admin"));

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Token(string signingKey, string group) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://idp.test",
        Audience = "salesgraph",
        Subject = new ClaimsIdentity([new Claim("sub", "user-42"), new Claim("groups", group)]),
        Expires = DateTime.UtcNow.AddMinutes(5),
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
    });

    public void Dispose() => api.Dispose();
}
