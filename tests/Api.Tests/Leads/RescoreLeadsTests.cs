using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SalesGraph.Api.Tests.Leads;

public sealed class RescoreLeadsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string RescoreAll = "mutation { rescoreLeads(input: {}) { evaluated changed version errors { __typename } } }";

    [Fact]
    public async Task RescoreLeads_EmptyInputTwice_ScoresEveryLeadAndStoresUnchangedResultsOnce()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)), ScoringTestData.Lead("a"), ScoringTestData.Lead("b", employees: 10, formPosts: 0), ScoringTestData.Lead("c"));

        var first = (await api.DataAsync(RescoreAll))["rescoreLeads"]!;
        var second = (await api.DataAsync(RescoreAll))["rescoreLeads"]!;

        Assert.Equal(3, (int)first["evaluated"]!);
        Assert.Equal(3, (int)first["changed"]!);
        Assert.Equal(1, (int)first["version"]!);
        Assert.Null(first["errors"]);
        Assert.Equal(3, (int)second["evaluated"]!);
        Assert.Equal(0, (int)second["changed"]!);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var leads = await db.Leads.OrderBy(l => l.ExternalId).ToListAsync();
        Assert.All(leads, l => Assert.NotNull(l.ScoredAt));
        Assert.True(leads[0].Score > leads[1].Score);
        Assert.Equal(3, await db.ScoreResults.CountAsync());
    }

    [Fact]
    public async Task RescoreLeads_AfterALeadChanged_AddsAResultForThatLeadOnly()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)), ScoringTestData.Lead("a"), ScoringTestData.Lead("b"));
        await api.DataAsync(RescoreAll);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var lead = await db.Leads.SingleAsync(l => l.ExternalId == "b");
        lead.Employees = 10;
        await db.SaveChangesAsync();

        var second = (await api.DataAsync(RescoreAll))["rescoreLeads"]!;

        Assert.Equal(1, (int)second["changed"]!);
        var results = await db.ScoreResults.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(3, results.Count);
        Assert.Equal(lead.Id, results[2].SubjectId);
        Assert.Equal((await db.Leads.AsNoTracking().SingleAsync(l => l.Id == lead.Id)).Score, results[2].Total);
        Assert.Equal(results[2].Total, results[2].Hits.Where(h => h.RuleSet == Data.Rules.RuleSetKind.LeadScoring).Sum(h => h.Points));
    }

    [Fact]
    public async Task RescoreLeads_WithWhere_EvaluatesOnlyMatchingLeads()
    {
        await api.ArrangeAsync(ScoringTestData.Lead("nl"), ScoringTestData.Lead("de", country: "DE"), ScoringTestData.Lead("be", country: "BE"));

        var result = (await api.DataAsync("""mutation { rescoreLeads(input: { where: { country: { in: ["DE", "BE"] } } }) { evaluated changed } }"""))["rescoreLeads"]!;

        Assert.Equal(2, (int)result["evaluated"]!);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        Assert.Equal(["be", "de"], await db.Leads.Where(l => l.ScoredAt != null).OrderBy(l => l.ExternalId).Select(l => l.ExternalId).ToListAsync());
    }

    [Fact]
    public async Task LeadScore_AfterRescore_ListsHitsThatAddUpToTheTotalsWithVersions()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)), ScoringTestData.Lead("a"));
        await api.DataAsync(RescoreAll);

        var score = (await api.DataAsync("""
            { leads { nodes { score { total fit engagement grade stage version routingVersion nurtureTrack
                route { team rep dueAt }
                hits { rule { id name } ruleSet version points applied reason effect } } } } }
            """))["leads"]!["nodes"]![0]!["score"]!;

        var hits = score["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.Equal((int)score["total"]!, hits.Where(h => (bool)h!["applied"]!).Sum(h => (int)h!["points"]!));
        Assert.All(hits, h => Assert.Equal((bool)h!["applied"]!, h["reason"] is null));
        Assert.Equal((int)score["fit"]! + (int)score["engagement"]!, (int)score["total"]!);
        Assert.All(hits, h => Assert.Equal(1, (int)h!["version"]!));
        Assert.Contains(hits, h => (string)h!["ruleSet"]! == "LEAD_SCORING" && (string)h["rule"]!["name"]! == "Enterprise company size");
        Assert.Contains(hits, h => (string)h!["ruleSet"]! == "LEAD_ROUTING" && (string)h["rule"]!["name"]! == "Enterprise EMEA");
        Assert.Equal(1, (int)score["version"]!);
        Assert.Equal(1, (int)score["routingVersion"]!);
        Assert.Equal("Enterprise EMEA", (string)score["route"]!["team"]!);
        Assert.Equal("Enterprise EMEA rep 1", (string)score["route"]!["rep"]!);
        Assert.NotNull(score["route"]!["dueAt"]);
    }

    [Fact]
    public async Task LeadScore_HitsStoredBeforeAppliedExisted_ReadTheReasonFromTheOldEffectText()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)), ScoringTestData.Lead("a"));
        await api.DataAsync(RescoreAll);
        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync())
        {
            // The JSON an evaluation stored before applied and reason were fields: the note was part of the effect.
            const string legacy = """
                [{"ruleId":212,"ruleName":"Enterprise EMEA","ruleSet":"LeadRouting","points":0,"effect":"route to Enterprise EMEA within 24 h"},
                 {"ruleId":213,"ruleName":"Benelux sales","ruleSet":"LeadRouting","points":0,"effect":"route to Benelux Sales within 48 h (overruled by a rule of higher priority)"}]
                """;
            await db.Database.ExecuteSqlAsync($"UPDATE ScoreResults SET Hits = {legacy}");
        }

        var hits = (await api.DataAsync("{ leads { nodes { score { hits { rule { name } applied reason effect } } } } }"))["leads"]!["nodes"]![0]!["score"]!["hits"]!;

        Assert.Equal("""
            [{"rule":{"name":"Enterprise EMEA"},"applied":true,"reason":null,"effect":"route to Enterprise EMEA within 24 h"},{"rule":{"name":"Benelux sales"},"applied":false,"reason":"OVERRULED_BY_PRIORITY","effect":"route to Benelux Sales within 48 h"}]
            """, hits.ToJsonString());
    }

    [Fact]
    public async Task Leads_PageOfTwentyWithHits_RunsABoundedNumberOfStatements()
    {
        await api.ArrangeAsync([ScoringTestData.Team("Enterprise EMEA", (100, 0)), .. Enumerable.Range(0, 25).Select(i => ScoringTestData.Lead($"l{i:00}"))]);
        await api.DataAsync(RescoreAll);
        api.Sql.Clear();

        var nodes = (await api.DataAsync("{ leads(first: 20) { nodes { id score { total route { team } hits { rule { name } points } } } } }"))["leads"]!["nodes"]!.AsArray();

        Assert.Equal(20, nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n!["score"]!["hits"]!.AsArray()));
        Assert.InRange(api.Sql.Commands.Count, 1, 3);
    }

    [Fact]
    public async Task RescoreLeads_AsReader_IsRefusedAndScoresNothing()
    {
        await api.ArrangeAsync(ScoringTestData.Lead("a"));
        var reader = api.CreateClient(await api.CreateKeyAsync(Roles.Reader));

        var response = await reader.PostAsJsonAsync("/graphql", new { query = RescoreAll });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.NotNull(body["errors"]);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.ScoreResults.CountAsync());
    }
}
