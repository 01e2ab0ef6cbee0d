using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.GraphQL;

/// <summary>Refused documents are request errors that say what and where; no environment shows internals unless configured to.</summary>
public sealed class RequestErrorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string DeepQuery = "{ accounts { nodes { " + string.Concat(Enumerable.Repeat("contacts { account { ", 60)) + "name" + new string('}', 122) + " }";

    [Fact]
    public async Task Post_DocumentNestedTooDeep_Returns400SayingHowDeepAndWhere()
    {
        var (status, error) = await SendAsync(Development(), DeepQuery);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches(@"^Syntax Error \(1:\d+\): the document is nested deeper than 64 levels\.$", (string)error["message"]!);
        Assert.Equal("MAX_DEPTH_EXCEEDED", (string)error["extensions"]!["code"]!);
        Assert.Equal(1, (int)error["locations"]![0]!["line"]!);
        Assert.Null(error["extensions"]!["details"]);
    }

    [Fact]
    public async Task Post_SyntaxError_Returns400WithPositionAndNoDetails()
    {
        var (status, error) = await SendAsync(Development(), "{ accounts { nodes { name } ");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Syntax Error (1:29): Expected Name, found EOF", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal("SYNTAX_ERROR", (string)error["extensions"]!["code"]!);
        Assert.Null(error["extensions"]!["details"]);
    }

    [Theory]
    [InlineData("{ accounts { nodes { name } ", "SYNTAX_ERROR")]
    [InlineData("{ accounts { nodes { nickname } } }", "FIELDS_ON_CORRECT_TYPE")]
    public async Task Post_RefusedDocumentAcceptingApplicationJson_Returns200WithTheError(string query, string code)
    {
        // GraphQL over HTTP, application/json: a well-formed request gets 200 whatever GraphQL errors it raises.
        var (status, error) = await SendAsync(api, query, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Post_WrongArgumentTypeInDevelopment_NoDetailsAndNoDotNetTypeName()
    {
        var (status, error) = await SendAsync(Development(), "{ account(id: \"1 OR 1=1\") { name } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Argument 'id' has invalid value. Expected type 'Int', found \"1 OR 1=1\".", (string)error["message"]!);
        Assert.Null(error["extensions"]!["details"]);
        Assert.DoesNotContain("GraphQL.", error.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": "{ accounts { totalCount } }", "variables": "x"}""")]
    [InlineData("""[{"query": "{ accounts { totalCount } }"}]""")]
    public async Task Post_BodyNotARequestObject_SaysWhatIsExpectedWithoutDotNetTypes(string body)
    {
        var response = await api.CreateClient().PostAsync("/graphql", ApiFactory.Json(body));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("`query` and `operationName` must be strings", (string)JsonNode.Parse(text)!["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("GraphQL.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ErrorWrappingAnException_ResponseCorrelationIdFindsTheExceptionInTheLog()
    {
        var log = new LogCapture();
        using var development = Development(logging => logging.AddProvider(log));

        var (_, error) = await SendAsync(development, "query($n: Int) { accounts(first: $n) { totalCount } }", variables: new { n = "ten" });

        var correlationId = (string)error["extensions"]!["correlationId"]!;
        Assert.Null(error["extensions"]!["details"]);
        Assert.Contains(log.Lines, line => line.Contains(correlationId, StringComparison.Ordinal) && line.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ExposeExceptionDetailsOn_ShowsDetails()
    {
        using var exposing = api.WithWebHostBuilder(b => b.UseSetting("GraphQL:ExposeExceptionDetails", "true"));

        var (_, error) = await SendAsync(exposing, "{ accounts { nodes { name } ");

        Assert.NotNull(error["extensions"]!["details"]);
    }

    private WebApplicationFactory<Program> Development(Action<ILoggingBuilder>? logging = null) => api.WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Development");
        if (logging is not null)
        {
            b.ConfigureLogging(logging);
        }
    });

    private async Task<(HttpStatusCode Status, JsonNode Error)> SendAsync(WebApplicationFactory<Program> factory, string query, string? accept = null, object? variables = null)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", api.AdminKey);
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body["errors"]![0]!);
    }
}
