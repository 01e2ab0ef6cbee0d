using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SalesGraph.Api.Security;
using SalesGraph.Api.Subscriptions.Transport;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Api.Tests.Leads.Intake;

namespace SalesGraph.Api.Tests.Subscriptions;

/// <summary>Bearer tokens in <c>connection_init</c>: the same validation, roles and lead-source scopes as on HTTP.</summary>
public sealed class GraphQLWebSocketTokenTests(LiveApiFixture live) : IClassFixture<LiveApiFixture>
{
    private ApiFactory Api => live.Api;

    private SubscriptionRegistry Registry => Api.Services.GetRequiredService<SubscriptionRegistry>();

    [Fact]
    public async Task ConnectionInit_WithValidBearerToken_IsAcknowledgedWithTheTokensRoles()
    {
        await Api.ArrangeAsync();
        await using var client = await InitializedAsync(Token("marketing"));

        // marketing may read lead events but not rule publishing (reader, ops).
        await client.SubscribeAsync("scored", "subscription { leadScored { leadId } }");
        await WaitForAsync(() => Registry.Active == 1);
        await client.SubscribeAsync("rules", "subscription { ruleSetPublished { version } }");
        var error = await client.ReceiveAsync("rules", "error");

        Assert.Contains("AUTH_NOT_AUTHORIZED", error["payload"]!.ToJsonString());
        Assert.Equal(WebSocketState.Open, client.State);
        Assert.Equal(1, Registry.Active);
    }

    [Fact]
    public async Task LeadScored_ForABearerTokenScopedToOneSource_DeliversOnlyLeadsOfThatSource()
    {
        await Api.ArrangeAsync();
        await using var client = await InitializedAsync(Token("reader", sources: "WEB_FORM"));
        await client.SubscribeAsync("scored", "subscription { leadScored { leadId } }");
        await WaitForAsync(() => Registry.Active == 1);

        await Api.SubmitAsync(new { source = "REFERRAL", externalId = "jwt-scope-1", email = "cfo@bigcorp.nl", jobTitle = "CFO", country = "NL", consentEmail = true });
        var web = await Api.SubmitAsync(new { source = "WEB_FORM", externalId = "jwt-scope-2", email = "cto@bigcorp.nl", jobTitle = "CTO", country = "NL", consentEmail = true });

        // The referral lead was committed first; a scope that let it through would deliver it first.
        var next = await client.ReceiveAsync("scored", "next", seconds: 10);
        Assert.Equal(web["lead"]!["id"]!.GetValue<int>(), next["payload"]!["data"]!["leadScored"]!["leadId"]!.GetValue<int>());
    }

    [Fact]
    public async Task ConnectionInit_WithExpiredBearerToken_ClosesWith4403()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        // Past the bearer handler's 5-minute clock skew.
        await client.SendAsync(Init(Token("reader", expires: DateTime.UtcNow.AddMinutes(-10))));

        Assert.Equal(CloseCodes.Forbidden, await client.ClosedAsync());
        Assert.Equal(0, Registry.Active);
    }

    [Theory]
    [InlineData("another-signing-key-that-is-32-bytes-long!", LiveApiFixture.JwtAudience)]
    [InlineData(LiveApiFixture.JwtSigningKey, "someone-else")]
    public async Task ConnectionInit_WithBearerTokenOfAnotherKeyOrAudience_ClosesWith4403(string signingKey, string audience)
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        await client.SendAsync(Init(Token("admin", signingKey: signingKey, audience: audience)));

        Assert.Equal(CloseCodes.Forbidden, await client.ClosedAsync());
    }

    [Fact]
    public async Task Subscribe_AfterATokenWasRefused_IsNotServed()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        await client.SendAsync(Init("not-a-jwt"));
        await client.SubscribeAsync("scored", "subscription { leadScored { leadId } }");

        Assert.Equal(CloseCodes.Forbidden, await client.ClosedAsync());
        Assert.Equal(0, Registry.Active);
    }

    private async Task<GraphQLWsClient> InitializedAsync(string token)
    {
        var client = await GraphQLWsClient.ConnectAsync(Api);
        await client.SendAsync(Init(token));
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return client;
    }

    private static object Init(string token) => new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } };

    private static string Token(
        string role, string? sources = null, DateTime? expires = null, string signingKey = LiveApiFixture.JwtSigningKey, string audience = LiveApiFixture.JwtAudience)
    {
        var claims = new List<Claim> { new("sub", "ws-user"), new("roles", role) };
        if (sources is not null)
            claims.Add(new Claim(LeadSourceScopes.ClaimType, sources));
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LiveApiFixture.JwtIssuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expiry.AddMinutes(-30),
            IssuedAt = expiry.AddMinutes(-30),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static async Task WaitForAsync(Func<bool> condition, double seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(20);
        }
    }
}
