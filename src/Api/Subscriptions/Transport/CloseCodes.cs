using System.Net.WebSockets;

namespace SalesGraph.Api.Subscriptions.Transport;

/// <summary>The close codes of graphql-transport-ws, and the two RFC 6455 codes used for the limits.</summary>
public static class CloseCodes
{
    /// <summary>A message that is not JSON, not an object, binary, of an unknown type, or without a required id.</summary>
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;

    /// <summary>A subscribe before the connection was acknowledged.</summary>
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;

    /// <summary>connection_init without a valid key or token, or one revoked or expired since.</summary>
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;

    /// <summary>The client did not ask for the graphql-transport-ws subprotocol.</summary>
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;

    /// <summary>No connection_init within <see cref="SubscriptionOptions.ConnectionInitTimeout"/>.</summary>
    public const WebSocketCloseStatus ConnectionInitTimeout = (WebSocketCloseStatus)4408;

    /// <summary>A subscribe with the id of an operation still running.</summary>
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;

    /// <summary>A second connection_init.</summary>
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;

    /// <summary>A client message over <see cref="SubscriptionOptions.MaxMessageBytes"/> (RFC 6455 "message too big").</summary>
    public const WebSocketCloseStatus MessageTooBig = WebSocketCloseStatus.MessageTooBig;

    /// <summary>A slow consumer: <see cref="SubscriptionOptions.SendBufferMessages"/> messages waiting (RFC 6455 1013, "try again later").</summary>
    public const WebSocketCloseStatus SlowConsumer = (WebSocketCloseStatus)1013;
}
