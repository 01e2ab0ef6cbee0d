using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Security;

/// <summary>A key scoped to lead sources submits and reads only those, on every path to a lead, filtered in the SQL.</summary>
public sealed class LeadSourceScopeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly DateTime Created = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Leads_KeyScopedToWebForm_OnlyWebFormLeadsAndTheWhereIsInTheSql()
    {
        var client = await ArrangeAsync(LeadSource.WebForm);

        var json = await PostAsync(client, "{ leads(order: [{ externalId: ASC }]) { totalCount nodes { externalId source } } }");

        Assert.Equal(["form-1"], ExternalIds(json["data"]!["leads"]!["nodes"]!));
        Assert.Equal(1, (int)json["data"]!["leads"]!["totalCount"]!);
        var select = Assert.Single(api.Sql.Commands, c => c.Contains("\"externalId\"", StringComparison.OrdinalIgnoreCase) && c.Contains("FROM \"Leads\"", StringComparison.Ordinal) && !c.Contains("COUNT(", StringComparison.Ordinal));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(select, "WHERE .*\"l\"\\.\"Source\" (=|IN \\() @ef_filter__ScopedLeadSources"), select);
        Assert.DoesNotContain("'Webinar'", select, StringComparison.Ordinal); // a parameter, not a constant per scope
    }

    [Fact]
    public async Task Lead_ByIdOutsideTheScope_IsNull()
    {
        var client = await ArrangeAsync(LeadSource.WebForm);
        var webinarId = (int)(await api.DataAsync("{ leads(where: { externalId: { eq: \"webinar-1\" } }) { nodes { id } } }"))["leads"]!["nodes"]![0]!["id"]!;

        var json = await PostAsync(client, "query($id: Int!) { lead(id: $id) { externalId } }", new { id = webinarId });

        Assert.Null(json["errors"]);
        Assert.Null(json["data"]!["lead"]);
    }

    [Fact]
    public async Task AccountLeadsAndEngagements_KeyScopedToWebinar_OnlyWebinarLeadsAndTheirEngagements()
    {
        var client = await ArrangeAsync(LeadSource.Webinar);

        var json = await PostAsync(client, "{ accounts { nodes { leads(order: [{ externalId: ASC }]) { externalId engagements { detail } } } } }");

        var leads = json["data"]!["accounts"]!["nodes"]![0]!["leads"]!;
        Assert.Equal(["webinar-1"], ExternalIds(leads));
        Assert.Equal("/webinar", (string)leads[0]!["engagements"]![0]!["detail"]!);
    }

    [Fact]
    public async Task Leads_KeyWithoutScope_ReadsEverySource()
    {
        var client = await ArrangeAsync();

        var json = await PostAsync(client, "{ leads(order: [{ externalId: ASC }]) { nodes { externalId } } }");

        Assert.Equal(["event-1", "form-1", "webinar-1"], ExternalIds(json["data"]!["leads"]!["nodes"]!));
    }

    [Fact]
    public async Task SubmitLead_SourceOutsideTheScope_PayloadErrorNamingSourceAndNothingWritten()
    {
        var client = await ArrangeAsync(LeadSource.WebForm);

        var json = await PostAsync(client, Submit, new { input = new { source = "EVENT", externalId = "event-new", email = "x@acme.example" } });

        var payload = json["data"]!["submitLead"]!;
        var error = Assert.Single(payload["errors"]!.AsArray());
        Assert.Equal("source", (string)error!["path"]!);
        Assert.StartsWith("source EVENT is not one of the lead sources", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(payload["lead"]);
        Assert.Equal(3, (int)(await api.DataAsync("{ leads { totalCount } }"))["leads"]!["totalCount"]!);
    }

    [Fact]
    public async Task SubmitLead_ReplayOfALeadOutsideTheScope_RevealsNothingOfIt()
    {
        var client = await ArrangeAsync(LeadSource.WebForm);

        var json = await PostAsync(client, Submit, new { input = new { source = "WEBINAR", externalId = "webinar-1", email = "x@acme.example" } });

        var payload = json["data"]!["submitLead"]!;
        Assert.Equal("source", (string)payload["errors"]![0]!["path"]!);
        Assert.Null(payload["lead"]);
        Assert.False((bool)payload["replayed"]!);
        Assert.Null(payload["outcome"]);
    }

    [Fact]
    public async Task SubmitLead_SourceInTheScope_Accepted()
    {
        var client = await ArrangeAsync(LeadSource.WebForm);

        var json = await PostAsync(client, Submit, new { input = new { source = "WEB_FORM", externalId = "form-new", email = "x@acme.example" } });

        Assert.Empty(json["data"]!["submitLead"]!["errors"]!.AsArray());
        Assert.NotNull(json["data"]!["submitLead"]!["lead"]);
    }

    [Fact]
    public async Task RecordEngagement_OnALeadOutsideTheScope_UnknownLead()
    {
        var client = await ArrangeAsync(LeadSource.WebForm);

        var json = await PostAsync(client, "mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { engagementId lead { externalId } errors { __typename } } }",
            new { input = new { source = "WEBINAR", externalId = "webinar-1", kind = "WEB_VISIT", occurredAt = Created } });

        var payload = json["data"]!["recordEngagement"]!;
        Assert.Null(payload["lead"]);
        Assert.Equal("UnknownLeadError", (string)payload["errors"]![0]!["__typename"]!);
    }

    [Fact]
    public async Task Leads_BearerTokenWithTheConfiguredSourcesClaim_OnlyThoseSources()
    {
        await ArrangeAsync();
        const string signingKey = "lead-source-scope-test-signing-key-32-bytes";
        using var jwtApi = api.WithWebHostBuilder(b => b
            .UseSetting("Authentication:Jwt:SigningKey", signingKey)
            .UseSetting("Authentication:Jwt:Audience", "salesgraph")
            .UseSetting("Authentication:Jwt:Issuer", "https://idp.test")
            .UseSetting("Authentication:Jwt:LeadSourcesClaim", "channels"));
        using var client = jwtApi.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://idp.test",
            Audience = "salesgraph",
            // lead_sources is not the configured claim here, so it may not widen or narrow anything.
            Subject = new ClaimsIdentity([new Claim("sub", "user-7"), new Claim("roles", "reader"), new Claim("channels", "WEBINAR EVENT"), new Claim(LeadSourceScopes.ClaimType, "WEB_FORM")]),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        }));

        var json = await PostAsync(client, "{ leads(order: [{ externalId: ASC }]) { nodes { externalId } } }");

        Assert.Equal(["event-1", "webinar-1"], ExternalIds(json["data"]!["leads"]!["nodes"]!));
    }

    [Fact]
    public void TryParse_UnknownSourceName_ReportsIt()
    {
        Assert.False(LeadSourceScopes.TryParse("WEB_FORM,PIGEON", out _, out var unknown));
        Assert.Equal(["PIGEON"], unknown);
        Assert.True(LeadSourceScopes.TryParse("web_form, Webinar", out var sources, out _));
        Assert.Equal([LeadSource.WebForm, LeadSource.Webinar], sources);
    }

    private const string Submit = "mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } replayed outcome { score } errors { ... on Error { message } ... on IntakeFieldError { path } } } }";

    private async Task<HttpClient> ArrangeAsync(params LeadSource[] scope)
    {
        var account = TestData.Account("Acme");
        var webinar = Lead("webinar-1", LeadSource.Webinar);
        account.Leads.AddRange([Lead("form-1", LeadSource.WebForm), webinar, Lead("event-1", LeadSource.Event)]);
        await api.ArrangeAsync(account, new Engagement { Lead = webinar, Kind = EngagementKind.WebVisit, OccurredAt = Created, Detail = "/webinar" });
        var client = api.CreateClient(await api.CreateKeyAsync(Roles.Admin, scope));
        api.Sql.Clear();
        return client;
    }

    private static Lead Lead(string externalId, LeadSource source) =>
        new() { ExternalId = externalId, Source = source, CreatedAt = Created, UpdatedAt = Created };

    private static async Task<JsonNode> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    private static List<string> ExternalIds(JsonNode nodes) => [.. nodes.AsArray().Select(n => (string)n!["externalId"]!)];
}
