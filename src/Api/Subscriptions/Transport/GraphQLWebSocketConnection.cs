using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security;

namespace SalesGraph.Api.Subscriptions.Transport;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws (the protocol of the <c>graphql-ws</c> library). Messages are read one at
/// a time in order; every message to the client goes through one bounded queue and one sending loop, so a client that does not
/// read fills the queue and is dropped (<see cref="CloseCodes.SlowConsumer"/>) instead of being buffered without bound. A close is
/// sent by that loop too, after which the connection waits (at most <see cref="SubscriptionOptions.CloseTimeout"/>) for the
/// client's close frame. Every operation ends (and gives back its lease) when the client completes it, when its stream ends,
/// or when the connection goes.
/// </summary>
public sealed class GraphQLWebSocketConnection(
    WebSocket socket,
    IDocumentExecuter<SalesSchema> executer,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    ConnectionAuthenticator authenticator,
    SubscriptionRegistry registry,
    IOptions<SubscriptionOptions> options,
    TimeProvider time,
    ILogger<GraphQLWebSocketConnection> logger)
{
    private readonly SubscriptionOptions _options = options.Value;
    private readonly Channel<byte[]> _outgoing = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(Math.Max(1, options.Value.SendBufferMessages)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private CancellationTokenSource _abort = new();
    private int _closeRequested;
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;
    private string? _closeReason;
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private ClaimsPrincipal? _user;
    private IReadOnlyDictionary<string, string>? _credentials;
    private string _subject = "";

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var connected = registry.Connect();
        _abort = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var sender = SendLoopAsync();
        var watch = WatchAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        finally
        {
            RequestClose(WebSocketCloseStatus.NormalClosure, null);
            foreach (var id in _operations.Keys)
            {
                if (_operations.TryRemove(id, out var operation))
                    operation.Dispose();
            }

            await sender;
            await watch;
            _abort.Dispose();
            _closing.Dispose();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var message = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                var tooBig = false;
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer.AsMemory(), _abort.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        RequestClose(WebSocketCloseStatus.NormalClosure, null);
                        return;
                    }

                    tooBig |= message.WrittenCount + received.Count > _options.MaxMessageBytes;
                    if (!tooBig)
                        message.Write(buffer.AsSpan(0, received.Count));
                }
                while (!received.EndOfMessage);

                if (Volatile.Read(ref _closeRequested) == 1)
                    continue; // closing: read on until the client's close frame
                if (tooBig)
                    RequestClose(CloseCodes.MessageTooBig, $"Message larger than {_options.MaxMessageBytes} bytes");
                else if (received.MessageType == WebSocketMessageType.Binary)
                    RequestClose(CloseCodes.BadRequest, "Binary messages are not supported");
                else
                    await HandleAsync(message.WrittenMemory);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // aborted: the client vanished, or did not answer our close in time
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            RequestClose(CloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                RequestClose(CloseCodes.BadRequest, "Invalid message received: no type");
                return;
            }

            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            switch (type.GetString())
            {
                case "connection_init":
                    await InitializeAsync(payload);
                    break;
                case "ping":
                    Send(Message(null, "pong", null));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root, payload);
                    break;
                case "complete":
                    if (Id(root) is { } id && _operations.TryRemove(id, out var operation))
                        operation.Dispose();
                    break;
                default:
                    RequestClose(CloseCodes.BadRequest, "Invalid message received: unknown type");
                    break;
            }
        }
    }

    private async Task InitializeAsync(JsonElement payload)
    {
        if (_initReceived)
        {
            RequestClose(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var credentials = ConnectionAuthenticator.Headers(payload);
        var user = credentials is null ? null : await authenticator.AuthenticateAsync(credentials, _abort.Token);
        if (user is null)
        {
            logger.LogInformation("WebSocket connection_init refused: {Reason}", credentials is null ? "no credentials" : "invalid credentials");
            RequestClose(CloseCodes.Forbidden, "Forbidden");
            return;
        }

        (_user, _credentials) = (user, credentials);
        _subject = user.FindFirst(SecuritySchemes.SubjectClaim)?.Value ?? user.Identity?.Name ?? "";
        _acknowledged = true;
        Send(Message(null, "connection_ack", null));
    }

    private void Subscribe(JsonElement root, JsonElement payload)
    {
        if (!_acknowledged)
        {
            RequestClose(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (Id(root) is not { } id || payload.ValueKind != JsonValueKind.Object)
        {
            RequestClose(CloseCodes.BadRequest, "Invalid message received: subscribe needs an id and a payload");
            return;
        }

        if (_operations.ContainsKey(id))
        {
            RequestClose(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _options.MaxSubscriptionsPerConnection)
        {
            SendErrors(id, [Error($"At most {_options.MaxSubscriptionsPerConnection} operations may run on one connection.", "SUBSCRIPTION_LIMIT")]);
            return;
        }

        if (registry.TryAcquire(_subject) is not { } lease)
        {
            SendErrors(id, [Error($"At most {_options.MaxSubscriptionsPerKey} subscriptions may run for one key.", "SUBSCRIPTION_LIMIT")]);
            return;
        }

        var operation = new Operation(lease);
        _operations[id] = operation;
        _ = RunOperationAsync(id, operation, payload.GetRawText());
    }

    private async Task RunOperationAsync(string id, Operation operation, string payload)
    {
        try
        {
            var request = serializer.Deserialize<GraphQLRequest>(payload);
            if (string.IsNullOrWhiteSpace(request?.Query) && string.IsNullOrWhiteSpace(request?.DocumentId))
            {
                SendErrors(id, [Error("The request has no GraphQL query and no documentId.", "QUERY_MISSING")]);
                Finish(id, operation);
                return;
            }

            var scope = operation.Open(scopes);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = scope,
                User = _user,
                CancellationToken = operation.Cancellation,
            });

            if (result.Streams?.Values.SingleOrDefault() is { } stream)
            {
                operation.Attach(stream.Subscribe(new Observer(this, id, operation)));
                return;
            }

            if (result.Executed && result.Operation?.Operation != OperationType.Subscription)
            {
                Send(Message(id, "next", serializer.Serialize(result)));
                Send(Message(id, "complete", null));
            }
            else
            {
                SendErrors(id, result);
            }

            Finish(id, operation);
        }
        catch (Exception e) when (e is OperationCanceledException && operation.Cancellation.IsCancellationRequested)
        {
            Finish(id, operation);
        }
        catch (Exception e)
        {
            logger.LogError(e, "WebSocket operation {Id} failed", id);
            SendErrors(id, [Error("The operation failed on the server.", ErrorCodes.Internal)]);
            Finish(id, operation);
        }
    }

    private void Finish(string id, Operation operation)
    {
        if (_operations.TryRemove(new KeyValuePair<string, Operation>(id, operation)))
            operation.Dispose();
    }

    /// <summary>Closes a connection that sends no connection_init in time; then checks its key or token again every interval.</summary>
    private async Task WatchAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, time, _closing.Token);
            if (!_initReceived)
            {
                RequestClose(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
                return;
            }

            using var timer = new PeriodicTimer(_options.CredentialCheckInterval, time);
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                if (_credentials is { } credentials && await authenticator.AuthenticateAsync(credentials, _closing.Token) is null)
                {
                    logger.LogInformation("WebSocket connection of {Subject} closed: its key or token is no longer valid", _subject);
                    RequestClose(CloseCodes.Forbidden, "Forbidden: the key or token is no longer valid");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the connection is closing
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Checking the credentials of a WebSocket connection failed; closing it");
            RequestClose(WebSocketCloseStatus.InternalServerError, "Internal error");
        }
    }

    private async Task SendLoopAsync()
    {
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(_closing.Token))
            {
                while (_outgoing.Reader.TryRead(out var message))
                    await socket.SendAsync(message, WebSocketMessageType.Text, true, _abort.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // closing, or the socket went
        }

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(_closeStatus, _closeReason, _abort.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the client is gone
        }
    }

    private void RequestClose(WebSocketCloseStatus status, string? reason)
    {
        if (Interlocked.Exchange(ref _closeRequested, 1) == 1)
            return;
        (_closeStatus, _closeReason) = (status, reason);
        _closing.Cancel();
        try
        {
            _abort.CancelAfter(_options.CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // already finished
        }
    }

    private void Send(byte[] message)
    {
        if (!_outgoing.Writer.TryWrite(message))
            RequestClose(CloseCodes.SlowConsumer, $"Slow consumer: {_options.SendBufferMessages} messages waiting");
    }

    private void SendNext(string id, ExecutionResult result) => Send(Message(id, "next", serializer.Serialize(result)));

    private void LogStreamFailure(Exception error, string id) => logger.LogWarning(error, "The event stream of operation {Id} failed", id);

    private void SendErrors(string id, IEnumerable<ExecutionError> errors) =>
        SendErrors(id, new ExecutionResult { Errors = [.. errors] });

    private void SendErrors(string id, ExecutionResult result)
    {
        // Through the serializer, so the error shielding and codes are those of HTTP responses.
        using var serialized = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Errors = result.Errors ?? [] }));
        var errors = serialized.RootElement.TryGetProperty("errors", out var e) ? e.GetRawText() : "[]";
        Send(Message(id, "error", errors));
    }

    private static ExecutionError Error(string message, string code) => new(message) { Code = code };

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

    private static byte[] Message(string? id, string type, string? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(payload is null ? 64 : payload.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
                writer.WriteString("id", id);
            writer.WriteString("type", type);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payload, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Turns each result of a subscription's response stream into a <c>next</c> message.</summary>
    private sealed class Observer(GraphQLWebSocketConnection connection, string id, Operation operation) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection.SendNext(id, value);

        public void OnError(Exception error)
        {
            connection.LogStreamFailure(error, id);
            connection.SendErrors(id, [Error("The event stream failed.", ErrorCodes.Internal)]);
            connection.Finish(id, operation);
        }

        public void OnCompleted()
        {
            connection.Send(Message(id, "complete", null));
            connection.Finish(id, operation);
        }
    }

    /// <summary>One running operation: its scope, its stream subscription and its lease, all let go at once.</summary>
    private sealed class Operation(IDisposable lease) : IDisposable
    {
        private readonly Lock _lock = new();
        // Never disposed: the operation's task may still read the token after the operation ended.
        private readonly CancellationTokenSource _cancellation = new();
        private AsyncServiceScope? _scope;
        private IDisposable? _subscription;
        private bool _disposed;

        public CancellationToken Cancellation => _cancellation.Token;

        public IServiceProvider Open(IServiceScopeFactory scopes)
        {
            var scope = scopes.CreateAsyncScope();
            lock (_lock)
            {
                _scope = scope;
            }

            return scope.ServiceProvider;
        }

        /// <summary>Keeps the stream's subscription, or ends it at once when the operation already ended.</summary>
        public void Attach(IDisposable subscription)
        {
            lock (_lock)
            {
                if (!_disposed)
                {
                    _subscription = subscription;
                    return;
                }
            }

            subscription.Dispose();
        }

        public void Dispose()
        {
            lock (_lock)
            {
                if (_disposed)
                    return;
                _disposed = true;
            }

            _cancellation.Cancel();
            _subscription?.Dispose();
            lease.Dispose();
            _ = _scope?.DisposeAsync().AsTask();
        }
    }
}
