using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Scoring.Engine;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Tests.Rules;

public sealed class HotSwapTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Evaluate = """
        { ruleSet(kind: LEAD_SCORING) { runningVersion }
          simulateRuleSet(kind: LEAD_SCORING, where: { industry: { eq: "hot" } }) { publishedVersion evaluated } }
        """;

    [Fact]
    public async Task Requests_WhileVersionsArePublishedAndRolledBack_AllSucceedOnAVersionLiveDuringTheRequest()
    {
        _ = api.Server;
        var engine = api.Services.GetRequiredService<RuleEngine>();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.SalesDbContext>();
            db.Leads.AddRange(Enumerable.Range(0, 20).Select(i => WithIndustry(ScoringTestData.Lead($"hot{i}"), "hot")));
            await db.SaveChangesAsync();
        }
        var rule = await RuleOps.CreateAsync(api, "Hot swap rule");
        var failures = new ConcurrentBag<string>();
        var served = 0;
        using var stop = new CancellationTokenSource();

        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = api.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                var liveAtStart = engine.Current(ScoringKind.LeadScoring).Version;
                var response = await client.PostAsync("/graphql", ApiFactory.Json(System.Text.Json.JsonSerializer.Serialize(new { query = Evaluate })));
                var liveAtEnd = engine.Current(ScoringKind.LeadScoring).Version;
                var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                if (!response.IsSuccessStatusCode || body["errors"] is not null)
                {
                    failures.Add(body.ToJsonString());
                    continue;
                }
                foreach (var version in new[] { (int)body["data"]!["ruleSet"]!["runningVersion"]!, (int)body["data"]!["simulateRuleSet"]!["publishedVersion"]! })
                {
                    if (version < liveAtStart || version > liveAtEnd)
                        failures.Add($"version {version} outside {liveAtStart}..{liveAtEnd}");
                }
                if ((int)body["data"]!["simulateRuleSet"]!["evaluated"]! != 20)
                    failures.Add("not every lead was evaluated");
                Interlocked.Increment(ref served);
            }
        })).ToList();

        for (var i = 0; i < 6; i++)
        {
            var update = await api.DataAsync(RuleOps.Update, new { input = new { id = (int)rule["id"]!, expectedVersion = (int)rule["version"]!, priority = i } });
            Assert.Empty(update["updateScoringRule"]!["errors"]!.AsArray());
            Assert.Empty((await api.DataAsync(RuleOps.Publish, new { input = new { kind = "LEAD_SCORING", note = $"swap {i}" } }))["publishRuleSet"]!["errors"]!.AsArray());
            Assert.Empty((await api.DataAsync(RuleOps.Rollback, new { input = new { kind = "LEAD_SCORING", version = 1 } }))["rollbackRuleSet"]!["errors"]!.AsArray());
            rule = await CurrentRuleAsync("Hot swap rule") ?? await RuleOps.CreateAsync(api, "Hot swap rule");
        }
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.Empty(failures);
        Assert.True(served > 0);
        Assert.Equal(13, engine.Current(ScoringKind.LeadScoring).Version);
    }

    [Fact]
    public async Task Publish_OnOneOfTwoInstancesSharingADatabase_TheOtherRunsTheNewVersionWithinFiveSeconds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"salesgraph-twin-{Guid.NewGuid():N}.db");
        try
        {
            await using var first = new SharedDatabaseApiFactory(path);
            _ = first.Server;
            await using var second = new SharedDatabaseApiFactory(path);
            _ = second.Server;
            var secondEngine = second.Services.GetRequiredService<RuleEngine>();
            Assert.Equal(1, secondEngine.Current(ScoringKind.LeadScoring).Version);

            await first.DataAsync(RuleOps.Create, RuleOps.ScoringRule("Twin rule"));
            var published = await first.DataAsync(RuleOps.Publish, new { input = new { kind = "LEAD_SCORING", note = "twin" } });
            var number = (int)published["publishRuleSet"]!["version"]!["number"]!;

            var deadline = Stopwatch.StartNew();
            while (secondEngine.Current(ScoringKind.LeadScoring).Version != number && deadline.Elapsed < TimeSpan.FromSeconds(5))
                await Task.Delay(50);

            Assert.Equal(number, secondEngine.Current(ScoringKind.LeadScoring).Version);
            Assert.Contains(secondEngine.Current(ScoringKind.LeadScoring).Rules, r => r.Spec.Name == "Twin rule");
            var rescored = await second.DataAsync("mutation { rescoreLeads(input: {}) { version errors { __typename } } }");
            Assert.Equal(number, (int)rescored["rescoreLeads"]!["version"]!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> CurrentRuleAsync(string name) =>
        (await api.DataAsync("query($name: String!) { scoringRules(where: { name: { eq: $name } }) { nodes { id version } } }", new { name }))["scoringRules"]!["nodes"]!.AsArray().SingleOrDefault();

    private static Data.Leads.Lead WithIndustry(Data.Leads.Lead lead, string industry)
    {
        lead.Industry = industry;
        return lead;
    }
}
