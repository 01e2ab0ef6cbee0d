using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Subscriptions;

/// <summary>The API on a real Kestrel listener (port 0), with short subscription intervals so the tests wait little, and bearer
/// tokens signed with <see cref="JwtSigningKey"/>.</summary>
public sealed class LiveApiFixture : IDisposable
{
    public const string JwtSigningKey = "live-api-fixture-signing-key-of-32-bytes!";
    public const string JwtIssuer = "https://idp.test";
    public const string JwtAudience = "salesgraph";

    public LiveApiFixture()
    {
        Api.Settings["Authentication:Jwt:SigningKey"] = JwtSigningKey;
        Api.Settings["Authentication:Jwt:Issuer"] = JwtIssuer;
        Api.Settings["Authentication:Jwt:Audience"] = JwtAudience;
        Api.Settings["Subscriptions:CredentialCheckInterval"] = "00:00:00.200";
        Api.Settings["Subscriptions:ConnectionInitTimeout"] = "00:00:03";
        Api.Settings["Subscriptions:PollInterval"] = "00:00:00.100";
        Api.Settings["Subscriptions:MaxSubscriptionsPerConnection"] = "3";
        Api.UseKestrel(0);
    }

    public ApiFactory Api { get; } = new();

    public void Dispose() => Api.Dispose();
}
