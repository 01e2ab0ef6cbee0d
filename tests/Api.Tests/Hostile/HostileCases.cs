using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>The misbehaving requests; each must get a 4xx or a GraphQL error and change nothing.</summary>
public static class HostileCases
{
    private const string Normal = "{ accounts { nodes { name } } }";
    private const long HundredMegabytes = 100L * 1024 * 1024;

    public static readonly HostileCase[] All =
    [
        Raw("json-malformed", "{\"query\": \"{ accounts { nodes { name } } }\""),
        Raw("json-truncated", "{\"query\": \"{ accounts { nodes { na"),
        Raw("json-array", "[{\"query\": \"{ accounts { totalCount } }\"}]"),
        Raw("json-null", "null"),
        Raw("json-query-not-string", "{\"query\": 42}"),
        Raw("json-variables-not-object", "{\"query\": \"{ accounts { totalCount } }\", \"variables\": \"x\"}"),
        Raw("json-nested-10000", "{\"query\": \"{ accounts { totalCount } }\", \"variables\": {\"a\": " + new string('[', 10_000) + new string(']', 10_000) + "}}"),
        new("json-invalid-utf8", s => SendAsync(s, new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"query\": \"{ accounts { nodes { name } } }"), 0xC3, 0x28, (byte)'"', (byte)'}']), "application/json")),
        Raw("json-empty", ""),
        new("body-100mb-chunked", s => SendAsync(s, new StreamContent(new GeneratedStream(Encoding.UTF8.GetBytes("{\"query\":\""), HundredMegabytes)), "application/json")),
        new("body-100mb-declared", s =>
        {
            var content = new StreamContent(new GeneratedStream(Encoding.UTF8.GetBytes("{\"query\":\""), HundredMegabytes));
            content.Headers.ContentLength = HundredMegabytes + 10;
            return SendAsync(s, content, "application/json");
        }),
        Query("depth-1000", "{ accounts { nodes { " + string.Concat(Enumerable.Repeat("contacts { account { ", 499)) + "name" + new string('}', 2 + (499 * 2)) + " }"),
        Query("aliases-10000", "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: accounts {{ totalCount }} ")) + "}"),
        Query("fields-10000-same", "{ accounts { nodes { " + string.Concat(Enumerable.Repeat("name ", 10_000)) + "} } }"),
        Query("fragment-cycle", "{ accounts { nodes { ...A } } } fragment A on Account { name ...B } fragment B on Account { ...A }"),
        Query("fragment-self", "{ accounts { nodes { ...A } } } fragment A on Account { name ...A }"),
        Query("fragment-fanout", "{ accounts { nodes { ...F0 } } } " + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Account {{ name ...F{i + 1} ...F{i + 1} }} ")) + "fragment F30 on Account { name }"),
        Query("fragment-chain-5000", "{ accounts { nodes { ...F0 } } } " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"fragment F{i} on Account {{ ...F{i + 1} }} ")) + "fragment F5000 on Account { name }"),
        Query("variables-100000-ints", "query($ids: [Int!]) { accounts(where: { id: { in: $ids } }) { totalCount } }", new { ids = Enumerable.Repeat(1, 100_000) }),
        Query("body-variables-100000-strings", "query($names: [String]) { accounts(where: { name: { nin: $names } }) { totalCount } }", new { names = Enumerable.Repeat("x", 100_000) }),
        Query("first-huge", "{ accounts(first: 2147483647) { nodes { name } } }"),
        Query("first-negative", "{ accounts(first: -5) { nodes { name } } }"),
        Query("cursor-garbage", "{ accounts(after: \"'; DROP TABLE Accounts;--\") { nodes { name } } }"),
        Query("id-wrong-type", "{ account(id: \"1 OR 1=1\") { name } }"),
        Query("unknown-field", "{ accounts { nodes { password } } }"),
        Query("introspection", "{ __schema { types { name } } }"),
        Query("mutation-unknown", "mutation { dropDatabase }"),
        Query("operation-name-missing", "query A { accounts { totalCount } } query B { accounts { totalCount } }"),
        Query("string-with-nul", "{ accounts(where: { name: { eq: \"\\u0000'; DROP TABLE Accounts;--\" } }) { totalCount } }"),
        Typed("content-type-text-plain", "text/plain"),
        Typed("content-type-form", "application/x-www-form-urlencoded"),
        Typed("content-type-xml", "application/xml"),
        Typed("content-type-graphql", "application/graphql"),
        Typed("content-type-garbage", "not a media type;;;"),
        Typed("content-type-json-utf16", "application/json; charset=utf-16"),
        new("content-type-text-plain-with-preflight", async s =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent($"{{\"query\":\"{Normal}\"}}", Encoding.UTF8, "text/plain") };
            request.Headers.Add("GraphQL-Require-Preflight", "1");
            return await HostileOutcome.FromAsync(await s.AdminClient.SendAsync(request));
        }),
        new("method-put", s => MethodAsync(s, HttpMethod.Put)),
        new("method-delete", s => MethodAsync(s, HttpMethod.Delete)),
        new("get-mutation", async s => await HostileOutcome.FromAsync(await s.AdminClient.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }")))),
        new("get-query-line-too-long", async s => await HostileOutcome.FromAsync(await s.AdminClient.GetAsync("/graphql?query=" + new string('a', 100_000)))),
        Key("key-none", null),
        Key("key-empty", ""),
        Key("key-garbage", "'; DROP TABLE ApiKeys;--"),
        Key("key-huge", new string('k', 60_000)),
        new("key-one-char-off", s => KeyAsync(s, OneCharOff(s.Admin.PlainText))),
        new("key-truncated", s => KeyAsync(s, s.Admin.PlainText[..^1])),
        new("key-other-keys-secret", s => KeyAsync(s, s.Admin.PlainText[..(s.Admin.PlainText.LastIndexOf('_') + 1)] + s.Reader.PlainText[(s.Reader.PlainText.LastIndexOf('_') + 1)..])),
        new("key-revoked", s => KeyAsync(s, s.Revoked.PlainText)),
        new("key-uppercase", s => KeyAsync(s, s.Admin.PlainText.ToUpperInvariant())),
        new("bearer-garbage", async s =>
        {
            using var client = s.Api.Client(null);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJyb2xlcyI6ImFkbWluIn0.");
            return await HostileOutcome.FromAsync(await client.PostAsJsonAsync("/graphql", new { query = Normal }));
        }),
        new("slow-body", s => SlowAsync(s, s.Api.Head(s.Admin.PlainText, "Content-Type: application/json\r\nContent-Length: 4000\r\n") + "{\"query\":"), Slow: true),
        new("slow-headers", s => SlowAsync(s, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "), Slow: true),
    ];

    private static HostileCase Raw(string name, string body) => new(name, s => SendAsync(s, new StringContent(body, Encoding.UTF8), "application/json"));

    private static HostileCase Query(string name, string query, object? variables = null) =>
        new(name, s => SendAsync(s, JsonContent.Create(new { query, variables }), "application/json"));

    private static HostileCase Typed(string name, string contentType) => new(name, async s =>
    {
        var content = new StringContent($"{{\"query\":\"{Normal}\"}}", Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return await HostileOutcome.FromAsync(await s.AdminClient.PostAsync("/graphql", content));
    });

    private static HostileCase Key(string name, string? key) => new(name, s => KeyAsync(s, key));

    private static async Task<HostileOutcome> KeyAsync(HostileServer server, string? key)
    {
        using var client = server.Api.Client(null);
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        }

        return await HostileOutcome.FromAsync(await client.PostAsJsonAsync("/graphql", new { query = Normal }));
    }

    private static string OneCharOff(string key)
    {
        var chars = key.ToCharArray();
        chars[^5] = chars[^5] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private static async Task<HostileOutcome> SendAsync(HostileServer server, HttpContent content, string mediaType)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        try
        {
            return await HostileOutcome.FromAsync(await server.AdminClient.PostAsync("/graphql", content));
        }
        catch (HttpRequestException)
        {
            return HostileOutcome.ConnectionClosed; // the server answered and closed while the client was still sending
        }
    }

    private static async Task<HostileOutcome> MethodAsync(HostileServer server, HttpMethod method) =>
        await HostileOutcome.FromAsync(await server.AdminClient.SendAsync(new HttpRequestMessage(method, "/graphql") { Content = new StringContent($"{{\"query\":\"{Normal}\"}}", Encoding.UTF8, "application/json") }));

    /// <summary>Sends <paramref name="start"/>, then one byte every 300 ms for at most 15 s, and reads what the server answers.</summary>
    private static async Task<HostileOutcome> SlowAsync(HostileServer server, string start)
    {
        using var tcp = await server.Api.ConnectAsync();
        var stream = tcp.GetStream();
        await stream.WriteAsync(HostileApiFactory.Ascii(start));
        var buffer = new byte[8192];
        var read = stream.ReadAsync(buffer).AsTask();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            while (!read.IsCompleted && !deadline.IsCancellationRequested)
            {
                await stream.WriteAsync(HostileApiFactory.Ascii("a"), deadline.Token);
                await Task.WhenAny(read, Task.Delay(300, deadline.Token));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // the server closed the connection while we were still trickling bytes
        }

        if (!read.IsCompleted)
        {
            return new HostileOutcome(-1, "the server let a slow client hold the connection for 15 s");
        }

        int count;
        try
        {
            count = await read;
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            return HostileOutcome.ConnectionClosed;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, count);
        return count == 0 || !text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)
            ? HostileOutcome.ConnectionClosed
            : new HostileOutcome(int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
