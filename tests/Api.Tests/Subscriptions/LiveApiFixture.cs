using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Subscriptions;

/// <summary>The API on a real Kestrel listener (port 0), with short subscription intervals so the tests wait little.</summary>
public sealed class LiveApiFixture : IDisposable
{
    public LiveApiFixture()
    {
        Api.Settings["Subscriptions:CredentialCheckInterval"] = "00:00:00.200";
        Api.Settings["Subscriptions:ConnectionInitTimeout"] = "00:00:03";
        Api.Settings["Subscriptions:PollInterval"] = "00:00:00.100";
        Api.Settings["Subscriptions:MaxSubscriptionsPerConnection"] = "3";
        Api.UseKestrel(0);
    }

    public ApiFactory Api { get; } = new();

    public void Dispose() => Api.Dispose();
}
