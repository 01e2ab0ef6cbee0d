using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client on <see cref="ClientWebSocket"/>, against an API host listening on a real Kestrel port.</summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private HttpMessageInvoker? _invoker;

    private GraphQLWsClient()
    {
    }

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary>Starts <paramref name="api"/> on Kestrel (port 0) if not yet, and returns the address of its GraphQL WebSocket.</summary>
    public static Uri Address(ApiFactory api)
    {
        api.StartServer();
        var http = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(http.Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/graphql");
    }

    public static async Task<GraphQLWsClient> ConnectAsync(ApiFactory api, string? subProtocol = "graphql-transport-ws")
    {
        var client = new GraphQLWsClient();
        if (subProtocol is not null)
            client._socket.Options.AddSubProtocol(subProtocol);
        using var timeout = Timeout(5);
        await client._socket.ConnectAsync(Address(api), timeout.Token);
        return client;
    }

    /// <summary>Connects over a TCP socket whose receive buffer is <paramref name="receiveBufferBytes"/>, so that a client that
    /// stops reading makes the server's sends wait after a few kilobytes rather than the megabytes loopback buffers can hold.</summary>
    public static async Task<GraphQLWsClient> ConnectWithSmallBuffersAsync(ApiFactory api, int receiveBufferBytes)
    {
        var client = new GraphQLWsClient();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = receiveBufferBytes };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        client._invoker = new HttpMessageInvoker(handler);
        using var timeout = Timeout(5);
        await client._socket.ConnectAsync(Address(api), client._invoker, timeout.Token);
        return client;
    }

    /// <summary>Connects and initialises with <paramref name="apiKey"/>, expecting connection_ack.</summary>
    public static async Task<GraphQLWsClient> InitializedAsync(ApiFactory api, string apiKey)
    {
        var client = await ConnectAsync(api);
        await client.SendAsync(new { type = "connection_init", payload = new { apiKey } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task SendTextAsync(string text)
    {
        using var timeout = Timeout(5);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next message, or null when the server closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonNode?> ReceiveAsync(double seconds = 5)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        using var timeout = Timeout(seconds);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonNode.Parse(message.ToArray());
        }
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<WebSocketCloseStatus?> ClosedAsync(double seconds = 5)
    {
        while (await ReceiveAsync(seconds) is not null)
        {
            // messages before the close
        }

        return CloseStatus;
    }

    /// <summary>The next message of <paramref name="type"/> for operation <paramref name="id"/>, skipping others (pongs, other operations).</summary>
    public async Task<JsonNode> ReceiveAsync(string id, string type, double seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var left = (deadline - DateTime.UtcNow).TotalSeconds;
            Assert.True(left > 0, $"no {type} for {id} within {seconds} s");
            var message = await ReceiveAsync(left) ?? throw new InvalidOperationException($"closed with {CloseStatus} {CloseDescription} while waiting for {type}");
            if (message["id"]?.GetValue<string>() == id && message["type"]?.GetValue<string>() == type)
                return message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = Timeout(2);
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // the server is gone
            }
        }

        _socket.Dispose();
        _invoker?.Dispose();
    }

    /// <summary>Abandons the connection without a close handshake, as a client that crashed.</summary>
    public void Abort() => _socket.Abort();

    private static CancellationTokenSource Timeout(double seconds) => new(TimeSpan.FromSeconds(seconds));
}
