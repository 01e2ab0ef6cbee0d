using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SalesGraph.Api.OperationsConsole;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Console;

/// <summary>How the console and GraphiQL are served (no browser needed): paths, security headers, compression, no inline script.</summary>
public sealed class ConsoleHostingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string WebRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Api/wwwroot"));

    [Fact]
    public async Task Console_WithoutAKey_ServesThePageWithAStrictContentSecurityPolicy()
    {
        var response = await api.CreateAnonymousClient().GetAsync("/console/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(ConsolePages.ConsolePolicy, policy);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Console_WithoutTrailingSlash_RedirectsToTheFolder()
    {
        var client = api.CreateAnonymousClient();

        var response = await client.GetAsync("/console");

        Assert.Equal("/console/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GraphQL_BrowserGetAskingForHtml_ServesGraphiQLWithItsPolicy()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await api.CreateAnonymousClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/graphiql/mount.js", html, StringComparison.Ordinal);
        Assert.Equal(ConsolePages.GraphiQLPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", ConsolePages.GraphiQLPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_GetWithAQueryOrWithoutHtml_IsStillTheApiAndNeedsAKey()
    {
        var client = api.CreateAnonymousClient();
        var html = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        html.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(html)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/graphql")).StatusCode);
    }

    [Fact]
    public async Task Scripts_AskedWithBrotli_AreCompressed()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphiql/graphiql.min.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await api.CreateAnonymousClient().SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.True(bytes.Length < new FileInfo(Path.Combine(WebRoot, "graphiql/graphiql.min.js")).Length / 3);
    }

    [Fact]
    public void Pages_HaveNoInlineScriptOrEventHandler_AndScriptsNoEvalOrHtmlSinks()
    {
        var pages = Directory.GetFiles(WebRoot, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
            Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        }

        foreach (var script in Directory.GetFiles(Path.Combine(WebRoot, "console"), "*.js", SearchOption.AllDirectories).Append(Path.Combine(WebRoot, "graphiql/mount.js")))
        {
            var code = File.ReadAllText(script);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
                Assert.False(code.Contains(sink, StringComparison.Ordinal), $"{Path.GetFileName(script)} uses {sink}");
        }
    }

    [Fact]
    public async Task Introspection_TheQueryGraphiQLIsGiven_FitsTheDepthAndComplexityLimits()
    {
        var typeRef = "kind name " + string.Concat(Enumerable.Repeat("ofType { kind name ", 6)) + new string('}', 6);
        var query = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } directives { name locations args { ...InputValue } } } } "
            + "fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } "
            + "inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name isDeprecated } possibleTypes { ...TypeRef } } "
            + "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } fragment TypeRef on __Type { " + typeRef + " }";
        Assert.Contains("new Array(7).join('ofType { kind name ')", File.ReadAllText(Path.Combine(WebRoot, "graphiql/mount.js")), StringComparison.Ordinal); // the same 6 levels

        var response = await api.CreateClient().PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Contains(body["data"]!["__schema"]!["types"]!.AsArray(), t => (string)t!["name"]! == "Viewer");
    }

    [Fact]
    public async Task Complexity_ADataQueryAsWideAsIntrospection_IsStillRefused()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = "{ accounts(first: 50) { nodes { contacts { account { contacts { account { contacts { fullName } } } } } } } }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("too complex", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_OpsKey_NamesTheKeyAndItsRole()
    {
        var key = await api.CreateKeyAsync("ops");

        var response = await api.CreateClient(key).PostAsJsonAsync("/graphql", new { query = "{ viewer { name role roles canEditRules authenticationType } }" });
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;

        Assert.Equal("test ops", (string)data["viewer"]!["name"]!);
        Assert.Equal("ops", (string)data["viewer"]!["role"]!);
        Assert.True((bool)data["viewer"]!["canEditRules"]!);
        Assert.Equal("ApiKey", (string)data["viewer"]!["authenticationType"]!);
    }

    [Theory]
    [InlineData("reader", true, false)]
    [InlineData("marketing", false, false)]
    [InlineData("ops", true, true)]
    [InlineData("admin", true, true)]
    public async Task Viewer_Role_SaysWhetherItReadsAndEditsRules(string role, bool reads, bool edits)
    {
        var key = await api.CreateKeyAsync(role);

        var response = await api.CreateClient(key).PostAsJsonAsync("/graphql", new { query = "{ viewer { canReadRules canEditRules } }" });
        var viewer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["viewer"]!;

        Assert.Equal((reads, edits), ((bool)viewer["canReadRules"]!, (bool)viewer["canEditRules"]!));
    }
}
