using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.GraphQL;

public sealed class HttpEndpointTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string AccountsQuery = "{ accounts { nodes { name } } }";

    [Fact]
    public async Task Post_JsonQuery_Returns200WithGraphQLResponseJson()
    {
        var response = await api.CreateClient().PostAsync("/graphql", ApiFactory.Json($$"""{"query":"{{AccountsQuery}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await Body(response))["data"]!["accounts"]);
    }

    [Fact]
    public async Task Post_AcceptApplicationJson_RespondsWithApplicationJson()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiFactory.Json($$"""{"query":"{{AccountsQuery}}"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await api.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_QueryInQueryString_Returns200()
    {
        var response = await api.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("query($n: Int) { accounts(first: $n) { totalCount } }") + "&variables=" + Uri.EscapeDataString("""{"n":1}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (int)(await Body(response))["data"]!["accounts"]!["totalCount"]!);
    }

    [Fact]
    public async Task Get_Mutation_Returns405AllowingPost()
    {
        var response = await api.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { submitLead { id } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("MUTATION_NOT_ALLOWED_OVER_GET", Code(await Body(response)));
    }

    [Fact]
    public async Task Put_Request_Returns405()
    {
        var response = await api.CreateClient().PutAsync("/graphql", ApiFactory.Json($$"""{"query":"{{AccountsQuery}}"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_TextPlain_Returns415()
    {
        var response = await api.CreateClient().PostAsync("/graphql", ApiFactory.Json(AccountsQuery, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        // The CSRF guard refuses a simple content type before the endpoint sees it.
        Assert.Equal("CSRF_PREFLIGHT_REQUIRED", Code(await Body(response)));
    }

    [Theory]
    [InlineData("""{"query": "{ accounts { nodes { name } } }" """, "INVALID_JSON")]
    [InlineData("""{"variables": {}}""", "QUERY_MISSING")]
    [InlineData("""{"query": "{ accounts { nodes { name } "}""", "SYNTAX_ERROR")]
    [InlineData("""{"query": "{ accounts { nodes { nickname } } }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query": "query($n: Int) { accounts(first: $n) { totalCount } }", "variables": {"n": "ten"}}""", "INVALID_VALUE")]
    public async Task Post_BadRequest_Returns400WithGraphQLError(string body, string code)
    {
        var response = await api.CreateClient().PostAsync("/graphql", ApiFactory.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, Code(await Body(response)));
    }

    [Fact]
    public async Task Post_WrongVariableTypeForCachedDocument_StillReturns400()
    {
        const string query = "query($n: Int) { accounts(first: $n) { totalCount } }";
        await api.DataAsync(query, new { n = 1 });

        var response = await api.PostAsync(query, new { n = "ten" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var query = "{ accounts { nodes { name } } }" + new string(' ', 9 * 1024 * 1024);

        var response = await api.PostAsync(query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static string Code(JsonNode body) => (string)body["errors"]![0]!["extensions"]!["code"]!;
}
