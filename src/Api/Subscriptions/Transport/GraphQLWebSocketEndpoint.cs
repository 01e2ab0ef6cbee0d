using Microsoft.AspNetCore.Http;

namespace SalesGraph.Api.Subscriptions.Transport;

/// <summary>The WebSocket side of the GraphQL path: graphql-transport-ws only (a client that does not ask for it gets 4406).
/// Authentication happens in connection_init, not on the upgrade request, so browsers (which cannot set headers on a WebSocket)
/// and cookies play no part: no cross-site WebSocket hijacking.</summary>
public static class GraphQLWebSocketEndpoint
{
    public const string SubProtocol = "graphql-transport-ws";

    public static async Task HandleAsync(HttpContext http)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null);
        if (!offered)
        {
            await socket.CloseOutputAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        await ActivatorUtilities.CreateInstance<GraphQLWebSocketConnection>(http.RequestServices, socket).RunAsync(http.RequestAborted);
    }
}
