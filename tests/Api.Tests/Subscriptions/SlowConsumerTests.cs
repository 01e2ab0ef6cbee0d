using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Api.Subscriptions.Transport;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Subscriptions;

/// <summary>
/// A client that stops reading: the server's sends wait on the socket, its bounded queue (<c>SendBufferMessages</c>) fills, and
/// the connection is closed with 1013 rather than buffered without bound. The socket buffers are a few kilobytes on both ends
/// (server: the listen socket's send buffer and Kestrel's output buffers; client: its receive buffer), so a few thousand pongs
/// fill them; the client sends ten thousand pings without reading a single answer.
/// </summary>
public sealed class SlowConsumerTests : IDisposable
{
    private const int Pings = 10_000;
    private const int SmallBuffer = 4096;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    private readonly ApiFactory _api = new();

    public SlowConsumerTests()
    {
        _api.Settings["Subscriptions:SendBufferMessages"] = "16";
        _api.Settings["Subscriptions:CloseTimeout"] = CloseTimeout.ToString();
        _api.TestServices.Add(services =>
        {
            services.Configure<SocketTransportOptions>(o =>
            {
                o.MaxWriteBufferSize = SmallBuffer;
                o.CreateBoundListenSocket = endpoint =>
                {
                    // Accepted sockets inherit the listen socket's buffer sizes.
                    var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                    socket.SendBufferSize = SmallBuffer;
                    return socket;
                };
            });
            services.Configure<KestrelServerOptions>(o => o.Limits.MaxResponseBufferSize = SmallBuffer);
        });
        _api.UseKestrel(0);
    }

    private SubscriptionRegistry Registry => _api.Services.GetRequiredService<SubscriptionRegistry>();

    [Fact]
    public async Task ClientThatStopsReading_IsClosedWith1013AndItsSubscriptionsEnd()
    {
        await _api.ArrangeAsync();
        await using var slow = await InitializedAsync();
        await using var gone = await InitializedAsync();
        await slow.SubscribeAsync("a", "subscription { leadScored { leadId } }");
        await gone.SubscribeAsync("b", "subscription { leadScored { leadId } }");
        await WaitForAsync(() => Registry.Active == 2);

        // Neither client reads while it sends.
        for (var i = 0; i < Pings; i++)
            await slow.SendAsync(new { type = "ping" });
        for (var i = 0; i < Pings; i++)
            await gone.SendAsync(new { type = "ping" });

        // The slow one reads at last: the pongs that were on their way, then the close.
        var pongs = 0;
        while (await slow.ReceiveAsync(seconds: 10) is { } message)
        {
            Assert.Equal("pong", message["type"]!.GetValue<string>());
            pongs++;
        }

        Assert.Equal(CloseCodes.SlowConsumer, slow.CloseStatus);
        Assert.StartsWith("Slow consumer", slow.CloseDescription);
        Assert.InRange(pongs, 16, Pings - 1);

        // The other never reads again: the server gives up on it after the close timeout instead of holding its messages.
        await WaitForAsync(() => Registry.Connections == 0 && Registry.Active == 0, seconds: CloseTimeout.TotalSeconds + 20);
        Assert.False(_api.Services.GetRequiredService<EventHub>().HasSubscribers);
    }

    public void Dispose() => _api.Dispose();

    private async Task<GraphQLWsClient> InitializedAsync()
    {
        var client = await GraphQLWsClient.ConnectWithSmallBuffersAsync(_api, SmallBuffer);
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = _api.AdminKey } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
        return client;
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
