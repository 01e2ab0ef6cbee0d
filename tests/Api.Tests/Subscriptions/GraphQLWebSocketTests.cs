using System.Diagnostics;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Api.Subscriptions.Transport;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Api.Tests.Leads.Intake;

namespace SalesGraph.Api.Tests.Subscriptions;

public sealed class GraphQLWebSocketTests(LiveApiFixture live) : IClassFixture<LiveApiFixture>
{
    private const string LeadRouted = "subscription { leadRouted { leadId externalId score grade stage teamId team repId followUpDueAt ruleVersion } }";

    private static readonly object QualifiedLead = new
    {
        source = "REFERRAL",
        externalId = "ws-1",
        email = "cio@bigcorp.nl",
        jobTitle = "CIO",
        employees = 5000,
        country = "NL",
        industry = "Software",
        phone = "+31 20 555 0000",
        consentEmail = true,
    };

    private ApiFactory Api => live.Api;

    private SubscriptionRegistry Registry => Api.Services.GetRequiredService<SubscriptionRegistry>();

    [Fact]
    public async Task ConnectionInit_WithValidKey_IsAcknowledged()
    {
        await Api.ArrangeAsync();

        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task Ping_AfterAck_IsAnsweredWithPong()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitLead_WhileSubscribedToLeadRouted_ArrivesWithinTwoSeconds()
    {
        await Api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)));
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);
        await client.SubscribeAsync("routed", LeadRouted);
        await WaitForAsync(() => Registry.Active == 1);

        var lead = await Api.SubmitAsync(QualifiedLead);
        // Within 2 s of submitLead's answer (the commit); the first intake of a cold host spends longer than that in the JIT.
        var next = await client.ReceiveAsync("routed", "next", seconds: 2);

        var routed = next["payload"]!["data"]!["leadRouted"]!;
        Assert.Equal(lead["lead"]!["id"]!.GetValue<int>(), routed["leadId"]!.GetValue<int>());
        Assert.Equal("Enterprise EMEA", routed["team"]!.GetValue<string>());
        Assert.Equal(lead["outcome"]!["score"]!.GetValue<int>(), routed["score"]!.GetValue<int>());
        Assert.NotNull(routed["followUpDueAt"]);
        Assert.NotNull(routed["repId"]);
    }

    [Fact]
    public async Task LeadRouted_ForAnotherTeam_IsNotDelivered()
    {
        await Api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)), ScoringTestData.Team("Inside Sales", (10, 0)));
        var other = await Api.DbAsync(db => Task.FromResult(db.Teams.Single(t => t.Name == "Inside Sales").Id));
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);
        await client.SubscribeAsync("other", $"subscription {{ leadRouted(team: \"{other}\") {{ leadId }} }}");
        await client.SubscribeAsync("scored", "subscription { leadScored(where: { country: { eq: \"NL\" } }) { leadId country } }");
        await WaitForAsync(() => Registry.Active == 2);

        await Api.SubmitAsync(QualifiedLead);

        // leadScored arrives (its where matches the stored lead); the other team's leadRouted, sent before it if at all, never does.
        var scored = await client.ReceiveAsync();
        Assert.Equal(("scored", "next"), (scored!["id"]!.GetValue<string>(), scored["type"]!.GetValue<string>()));
        Assert.Equal("NL", scored["payload"]!["data"]!["leadScored"]!["country"]!.GetValue<string>());
    }

    [Fact]
    public async Task LeadScored_ForAKeyScopedToOneSource_DeliversOnlyLeadsOfThatSource()
    {
        await Api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)));
        var scoped = await Api.CreateKeyAsync(Roles.Reader, SalesGraph.Data.Leads.LeadSource.WebForm);
        await using var client = await GraphQLWsClient.InitializedAsync(Api, scoped);
        await client.SubscribeAsync("scored", "subscription { leadScored { leadId } }");
        await WaitForAsync(() => Registry.Active == 1);

        await Api.SubmitAsync(new { source = "REFERRAL", externalId = "ws-scope-1", email = "cfo@bigcorp.nl", jobTitle = "CFO", country = "NL", consentEmail = true });
        var web = await Api.SubmitAsync(new { source = "WEB_FORM", externalId = "ws-scope-2", email = "cto@bigcorp.nl", jobTitle = "CTO", country = "NL", consentEmail = true });

        // The referral lead was committed first; a scope that let it through would deliver it first.
        var next = await client.ReceiveAsync("scored", "next", seconds: 10);
        Assert.Equal(web["lead"]!["id"]!.GetValue<int>(), next["payload"]!["data"]!["leadScored"]!["leadId"]!.GetValue<int>());
    }

    [Fact]
    public async Task SubmitLead_OnOneInstance_ReachesSubscriberOnAnotherInstance()
    {
        await Api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)));
        var key = Api.AdminKey;
        using var second = Api.SecondInstance();
        second.UseKestrel(0);
        second.Settings["Subscriptions:PollInterval"] = "00:00:00.100";
        await using var client = await GraphQLWsClient.InitializedAsync(second, key);
        // A cold host's first execution over the socket JITs the path an event takes.
        await client.SubscribeAsync("warm", "{ leads(first: 1) { totalCount } }");
        await client.ReceiveAsync("warm", "complete", seconds: 30);
        await client.SubscribeAsync("routed", LeadRouted);
        await WaitForAsync(() => second.Services.GetRequiredService<SubscriptionRegistry>().Active == 1);

        var lead = await Api.SubmitAsync(QualifiedLead);
        var next = await client.ReceiveAsync("routed", "next", seconds: 2);

        Assert.Equal(lead["lead"]!["id"]!.GetValue<int>(), next["payload"]!["data"]!["leadRouted"]!["leadId"]!.GetValue<int>());
    }

    [Fact]
    public async Task PublishRuleSet_WhileAReaderIsSubscribed_DeliversTheNewVersion()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, await Api.CreateKeyAsync(Roles.Reader)); // readers follow publishes too
        await client.SubscribeAsync("published", "subscription { ruleSetPublished(kind: LEAD_SCORING) { kind version publishedBy note } }");
        await WaitForAsync(() => Registry.Active == 1);

        var published = await Api.DataAsync("mutation { publishRuleSet(input: { kind: LEAD_SCORING, note: \"live\" }) { version { number } errors { ... on Error { message } } } }");
        var next = await client.ReceiveAsync("published", "next");

        var ev = next["payload"]!["data"]!["ruleSetPublished"]!;
        Assert.Equal(published["publishRuleSet"]!["version"]!["number"]!.GetValue<int>(), ev["version"]!.GetValue<int>());
        Assert.Equal(("LEAD_SCORING", "live"), (ev["kind"]!.GetValue<string>(), ev["note"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConnectionInit_WithWrongKey_ClosesWith4403()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = "sg_nosuchkey_0000000000000000000000000000000000000000000" } });

        Assert.Equal(CloseCodes.Forbidden, await client.ClosedAsync());
    }

    [Fact]
    public async Task ConnectionInit_WithoutCredentials_ClosesWith4403()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(CloseCodes.Forbidden, await client.ClosedAsync());
    }

    [Fact]
    public async Task Subscribe_BeforeConnectionInit_ClosesWith4401()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        await client.SubscribeAsync("early", LeadRouted);

        Assert.Equal(CloseCodes.Unauthorized, await client.ClosedAsync());
    }

    [Fact]
    public async Task Subscribe_WithIdInUse_ClosesWith4409()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        await client.SubscribeAsync("same", LeadRouted);
        await client.SubscribeAsync("same", LeadRouted);

        Assert.Equal(CloseCodes.SubscriberAlreadyExists, await client.ClosedAsync());
        await WaitForAsync(() => Registry.Active == 0);
    }

    [Fact]
    public async Task ConnectionInit_Twice_ClosesWith4429()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        await client.SendAsync(new { type = "connection_init", payload = new { apiKey = Api.AdminKey } });

        Assert.Equal(CloseCodes.TooManyInitialisationRequests, await client.ClosedAsync());
    }

    [Theory]
    [InlineData("""{"type":"hello"}""")]
    [InlineData("""{"id":"1"}""")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task Message_OfUnknownTypeOrShape_ClosesWith4400(string message)
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        await client.SendTextAsync(message);

        Assert.Equal(CloseCodes.BadRequest, await client.ClosedAsync());
    }

    [Fact]
    public async Task Message_LargerThanTheLimit_ClosesWith1009()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        await client.SubscribeAsync("big", "subscription { leadRouted { leadId } } " + new string('#', 70 * 1024));

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ClosedAsync());
    }

    [Fact]
    public async Task Connection_WithoutInit_ClosesWith4408()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api);

        Assert.Equal(CloseCodes.ConnectionInitTimeout, await client.ClosedAsync(seconds: 10));
    }

    [Fact]
    public async Task Connection_WithoutTheSubprotocol_ClosesWith4406()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(Api, subProtocol: null);

        Assert.Equal(CloseCodes.SubprotocolNotAcceptable, await client.ClosedAsync());
    }

    [Fact]
    public async Task RevokedKey_ClosesItsConnectionsWith4403WithinTheCheckInterval()
    {
        await Api.ArrangeAsync();
        var key = await Api.CreateKeyAsync(Roles.Reader);
        await using var client = await GraphQLWsClient.InitializedAsync(Api, key);
        await client.SubscribeAsync("routed", LeadRouted);
        await WaitForAsync(() => Registry.Active == 1);

        var revoked = Stopwatch.StartNew();
        Assert.True(await Api.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(ApiKeyToken.TryParse(key, out var token) ? token.Id : ""));

        // The check runs every 200 ms here; the bound only tells "closed by the check" from "never" on a busy machine.
        Assert.Equal(CloseCodes.Forbidden, await client.ClosedAsync(seconds: 10));
        Assert.True(revoked.Elapsed < TimeSpan.FromSeconds(10), $"closed after {revoked.Elapsed}");
        await WaitForAsync(() => Registry.Active == 0);
    }

    [Fact]
    public async Task Subscribe_ToAFieldTheRoleMayNotRead_IsAnErrorMessageAndTheConnectionStays()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, await Api.CreateKeyAsync(Roles.Marketing));

        await client.SubscribeAsync("rules", "subscription { ruleSetPublished { version } }");
        var error = await client.ReceiveAsync("rules", "error");

        Assert.Contains("AUTH_NOT_AUTHORIZED", error["payload"]!.ToJsonString());
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())!["type"]!.GetValue<string>());
        await WaitForAsync(() => Registry.Active == 0);
    }

    [Fact]
    public async Task Subscribe_OverTheConnectionLimit_IsAnErrorMessage()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        for (var i = 0; i < 4; i++)
            await client.SubscribeAsync($"s{i}", LeadRouted);
        var error = await client.ReceiveAsync("s3", "error");

        Assert.Contains("SUBSCRIPTION_LIMIT", error["payload"]!.ToJsonString());
        Assert.Equal(3, Registry.Active);
    }

    [Fact]
    public async Task Query_OverTheSocket_IsAnsweredWithNextAndComplete()
    {
        await Api.ArrangeAsync();
        await using var client = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);

        await client.SubscribeAsync("q", "{ leads(first: 1) { totalCount } }");

        var next = await client.ReceiveAsync("q", "next");
        Assert.Equal(0, next["payload"]!["data"]!["leads"]!["totalCount"]!.GetValue<int>());
        await client.ReceiveAsync("q", "complete");
    }

    [Fact]
    public async Task Disconnect_WithOpenSubscriptions_LeavesNoneBehind()
    {
        await Api.ArrangeAsync();
        var closed = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);
        var crashed = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);
        await using var completing = await GraphQLWsClient.InitializedAsync(Api, Api.AdminKey);
        await closed.SubscribeAsync("a", LeadRouted);
        await closed.SubscribeAsync("b", "subscription { leadScored { leadId } }");
        await crashed.SubscribeAsync("c", "subscription { tenderDecided { tenderId } }");
        await completing.SubscribeAsync("d", LeadRouted);
        await WaitForAsync(() => Registry.Active == 4);

        await closed.DisposeAsync();
        crashed.Abort();
        await crashed.DisposeAsync();
        await completing.SendAsync(new { id = "d", type = "complete" });

        await WaitForAsync(() => Registry.Active == 0 && !Api.Services.GetRequiredService<EventHub>().HasSubscribers);
        await WaitForAsync(() => Registry.Connections == 1);
    }

    private static async Task WaitForAsync(Func<bool> condition, double seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(20);
        }
    }
}
