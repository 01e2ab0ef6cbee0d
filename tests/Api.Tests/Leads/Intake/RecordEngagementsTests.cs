using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Leads.Intake;

public sealed class RecordEngagementsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RecordMany = """
        mutation($input: RecordEngagementsInput!) {
          recordEngagements(input: $input) {
            accepted refused
            results { index accepted lead { id externalId } outcome { engagement } }
            errors { __typename ... on Error { message } ... on UnknownLeadError { index path } ... on IntakeFieldError { index path code } }
          }
        }
        """;

    private const string RecordOne = """
        mutation($input: RecordEngagementInput!) {
          recordEngagement(input: $input) { engagementId lead { id } outcome { engagement score } errors { __typename } }
        }
        """;

    private static readonly DateTime Today = DateTime.UtcNow.Date;

    [Fact]
    public async Task RecordEngagement_ByLeadId_StoresTheEventAndUpdatesLastActivity()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(IntakeRequests.Lead("e-1"));

        var payload = (await api.DataAsync(RecordOne, new { input = new { leadId = 1, kind = "WEB_VISIT", occurredAt = Today, detail = "/pricing" } }))["recordEngagement"]!;

        Assert.Equal(1, payload["lead"]!["id"]!.GetValue<int>());
        Assert.Equal(Today, await api.DbAsync(db => db.Leads.Select(l => l.LastActivityAt).SingleAsync()));
        Assert.Equal("/pricing", await api.DbAsync(db => db.Engagements.Select(e => e.Detail).SingleAsync()));
    }

    [Fact]
    public async Task RecordEngagements_BySourceAndExternalId_RescoresTheLead()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(IntakeRequests.Lead("e-2"));
        var before = await api.DbAsync(db => db.ScoreResults.CountAsync());

        var payload = (await api.DataAsync(RecordMany, new { input = new { events = Enumerable.Range(0, 5).Select(_ => new { source = "WEB_FORM", externalId = "e-2", kind = "FORM_POST", occurredAt = Today }) } }))["recordEngagements"]!;

        Assert.Equal(5, payload["accepted"]!.GetValue<int>());
        Assert.True(payload["results"]![0]!["outcome"]!["engagement"]!.GetValue<int>() > 0);
        Assert.Equal(before + 1, await api.DbAsync(db => db.ScoreResults.CountAsync()));
    }

    [Fact]
    public async Task RecordEngagements_UnknownLead_IsReportedWithItsIndexAndTheOthersKept()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(IntakeRequests.Lead("e-3"));

        var payload = (await api.DataAsync(RecordMany, new
        {
            input = new
            {
                events = new object[]
                {
                    new { leadId = 1, kind = "EMAIL_OPEN", occurredAt = Today },
                    new { source = "WEBINAR", externalId = "nobody", kind = "WEBINAR_ATTENDED", occurredAt = Today },
                },
            },
        }))["recordEngagements"]!;

        Assert.Equal("""[{"__typename":"UnknownLeadError","message":"events[1].lead: no lead from Webinar with externalId \u0022nobody\u0022; the event was not recorded.","index":1,"path":"events[1]"}]""", payload["errors"]!.ToJsonString());
        Assert.Equal([EngagementKind.EmailOpen], await api.DbAsync(db => db.Engagements.Select(e => e.Kind).ToListAsync()));
    }

    [Fact]
    public async Task RecordEngagements_EventInTheFarFuture_IsRefused()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(IntakeRequests.Lead("e-4"));

        var payload = (await api.DataAsync(RecordMany, new { input = new { events = new[] { new { leadId = 1, kind = "DOWNLOAD", occurredAt = Today.AddYears(5) } } } }))["recordEngagements"]!;

        Assert.Equal("events[0].occurredAt", payload["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(0, await api.DbAsync(db => db.Engagements.CountAsync()));
    }
}
