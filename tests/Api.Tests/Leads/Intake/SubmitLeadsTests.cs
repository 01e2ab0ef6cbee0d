using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Providers;

namespace SalesGraph.Api.Tests.Leads.Intake;

public sealed class SubmitLeadsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SubmitLeads_MixedBatch_KeepsValidLeadsAndReportsInvalidOnesByPath()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync([IntakeRequests.Lead("ok-0"), IntakeRequests.Lead("bad-1", email: "bad@"), IntakeRequests.Lead("ok-2")]);

        Assert.Equal((2, 1), (payload["accepted"]!.GetValue<int>(), payload["refused"]!.GetValue<int>()));
        Assert.Equal("""[{"path":"leads[1].email","code":"INVALID_EMAIL"}]""", payload["results"]![1]!["errors"]!.ToJsonString());
        Assert.Equal("leads[1].email", payload["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(["ok-0", "ok-2"], await api.DbAsync(db => db.Leads.OrderBy(l => l.Id).Select(l => l.ExternalId).ToListAsync()));
    }

    [Fact]
    public async Task SubmitLeads_SamePairTwiceInOneBatch_MakesOneLeadAndMarksTheSecondAReplay()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync([IntakeRequests.Lead("twin"), IntakeRequests.Lead("twin")]);

        var results = payload["results"]!.AsArray();
        Assert.Equal(results[0]!["lead"]!["id"]!.GetValue<int>(), results[1]!["lead"]!["id"]!.GetValue<int>());
        Assert.Equal((false, true), (results[0]!["replayed"]!.GetValue<bool>(), results[1]!["replayed"]!.GetValue<bool>()));
        Assert.Equal(1, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLeads_OverTheBatchLimit_IsRefusedWholeAndWritesNothing()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync(Enumerable.Range(0, 1001).Select(i => IntakeRequests.Lead($"big-{i}")));

        Assert.Equal("""[{"__typename":"BatchTooLargeError","message":"The batch has 1001 entries; at most 1000 are accepted per call. Nothing was written.","received":1001,"maxBatchSize":1000}]""", payload["errors"]!.ToJsonString());
        Assert.Equal(0, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLeads_ThousandValidLeads_AreAllStoredAndScored()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync(Enumerable.Range(0, 1000).Select(i => IntakeRequests.Lead($"k-{i}")));

        Assert.Equal(1000, payload["accepted"]!.GetValue<int>());
        Assert.Equal((1000, 1000), (await api.CountAsync(), await api.DbAsync(db => db.ScoreResults.CountAsync())));
    }

    [Fact]
    public async Task SubmitLeads_DatabaseFailsWhileSavingScores_WritesNothingAndSaysSo()
    {
        await api.ArrangeAsync();
        // The leads are written first; the database then refuses their score results.
        await api.DbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER FailScoreResults BEFORE INSERT ON ScoreResults BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"));

        var response = await api.CreateClient(await api.CreateKeyAsync(Roles.Marketing)).PostAsJsonAsync("/graphql",
            new { query = IntakeRequests.SubmitLeads, variables = new { input = new { leads = new[] { IntakeRequests.Lead("a"), IntakeRequests.Lead("b") } } } });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"__typename\":\"IntakeFailedError\"", body);
        Assert.Equal((0, 0), (await api.CountAsync(), await api.DbAsync(db => db.ScoreResults.CountAsync())));
        await api.DbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER FailScoreResults;"));
    }

    [Fact]
    public async Task SubmitLeads_AfterADatabaseFailure_TheApiStillAnswers()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync([IntakeRequests.Lead("after")]);

        Assert.Equal(1, payload["accepted"]!.GetValue<int>());
    }
}
