using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.GraphQL.TrustedDocuments;
using SalesGraph.Api.Security;
using SalesGraph.Api.Telemetry;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.GraphQL.TrustedDocuments;

public sealed class TrustedDocumentTests : IDisposable
{
    private const string LeadCount = "query LeadCount { leads { totalCount } }";

    private readonly ApiFactory _api = new();

    public TrustedDocumentTests() => _api.Settings["TrustedDocuments:RequiredForRoles:0"] = Roles.Marketing;

    [Fact]
    public async Task Post_WithARegisteredDocumentId_RunsTheDocument()
    {
        await ArrangeAsync();

        var body = await PostAsync(_api.CreateClient(), new { documentId = GraphQLTelemetry.DocumentHash(LeadCount) });

        Assert.Equal(0, body["data"]!["leads"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_WithARegisteredDocumentId_RunsTheDocument()
    {
        await ArrangeAsync();

        var response = await _api.CreateClient().GetAsync($"/graphql?documentId={Uri.EscapeDataString(GraphQLTelemetry.DocumentHash(LeadCount))}");

        Assert.Equal(0, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["leads"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", "DOCUMENT_NOT_FOUND")]
    [InlineData("md5:0cc175b9c0f1b6a831c399e269772661", "DOCUMENT_ID_INVALID")]
    [InlineData("no prefix", "DOCUMENT_ID_INVALID")]
    public async Task Post_WithAnUnusableDocumentId_IsRefusedWithItsCode(string documentId, string code)
    {
        await ArrangeAsync();

        var body = await PostAsync(_api.CreateClient(), new { documentId });

        Assert.Null(body["data"]);
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_QueryTextFromARoleThatNeedsRegisteredDocuments_IsDocumentIdMissing()
    {
        await ArrangeAsync();
        var marketing = _api.CreateClient(await _api.CreateKeyAsync(Roles.Marketing));

        var refused = await PostAsync(marketing, new { query = LeadCount });
        var registered = await PostAsync(marketing, new { documentId = GraphQLTelemetry.DocumentHash(LeadCount) });

        Assert.Equal("DOCUMENT_ID_MISSING", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, registered["data"]!["leads"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_QueryTextFromOtherRoles_StillRuns()
    {
        await ArrangeAsync();

        var body = await PostAsync(_api.CreateClient(await _api.CreateKeyAsync(Roles.Reader)), new { query = LeadCount });

        Assert.Equal(0, body["data"]!["leads"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task DocumentsAdd_ManifestWithAWrongId_AddsTheRestAndRefusesIt()
    {
        await _api.ArrangeAsync();
        var manifest = Path.GetTempFileName();
        await File.WriteAllTextAsync(manifest, new JsonObject
        {
            [GraphQLTelemetry.DocumentHash(LeadCount)] = LeadCount,
            ["sha256:" + new string('a', 64)] = "{ accounts { totalCount } }",
        }.ToJsonString());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await DocumentCommands.RunAsync(["documents", "add", manifest], _api.Services, output, error);

        File.Delete(manifest);
        Assert.Equal(1, exitCode);
        Assert.Contains("1 documents added", output.ToString());
        Assert.Contains("Refused sha256:aaaa", error.ToString());
        Assert.Equal(LeadCount, await _api.Services.GetRequiredService<TrustedDocumentStore>().FindAsync(GraphQLTelemetry.DocumentHash(LeadCount), default));
    }

    [Fact]
    public void ManifestEntry_ApolloManifest_IsReadWithPrefixedIds()
    {
        var entries = ManifestEntry.Read("""{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id":"ab","name":"Q","type":"query","body":"query Q { leads { totalCount } }"}]}""");

        Assert.Equal(new ManifestEntry("sha256:ab", "query Q { leads { totalCount } }", "Q"), Assert.Single(entries));
    }

    public void Dispose() => _api.Dispose();

    private async Task ArrangeAsync()
    {
        await _api.ArrangeAsync();
        await _api.Services.GetRequiredService<TrustedDocumentStore>().AddAsync([new ManifestEntry(GraphQLTelemetry.DocumentHash(LeadCount), LeadCount, "LeadCount")], default);
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, object body) =>
        JsonNode.Parse(await (await client.PostAsJsonAsync("/graphql", body)).Content.ReadAsStringAsync())!;
}
