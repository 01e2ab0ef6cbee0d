using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>trialScoringRule: the editor's unsaved rule on one stored lead, through the HTTP endpoint.</summary>
public sealed class RuleTrialTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Trial = """
        query($kind: RuleSetKind!, $leadId: Int!, $rule: TrialScoringRuleInput!) {
          trialScoringRule(kind: $kind, leadId: $leadId, rule: $rule) {
            kind leadId runningVersion fired pointsAdded
            running { total grade hits { ruleName } }
            before { total grade stage route hits { ruleName points } }
            after { total grade stage route hits { ruleName points } }
            hit { ruleId ruleName points applied reason effect }
            errors { message part position ruleName }
          }
        }
        """;

    [Fact]
    public async Task Trial_NewRuleThatMatches_AddsItsPointsToTheLeadAndSavesNothing()
    {
        var lead = await AddLeadAsync("trialA", "NL");
        var rules = await DbAsync(db => db.ScoringRules.CountAsync());
        var stored = await DbAsync(db => db.Leads.Where(l => l.Id == lead).Select(l => new { l.Score, l.ScoredAt }).SingleAsync());

        var trial = await TrialAsync(lead, new { name = "Dutch trial", when = """Lead.Country == "NL" && Lead.Industry == "trialA" """, then = Points(40) });

        Assert.Empty(trial["errors"]!.AsArray());
        Assert.True((bool)trial["fired"]!);
        Assert.Equal(40, (int)trial["pointsAdded"]!);
        Assert.Equal((int)trial["before"]!["total"]! + 40, (int)trial["after"]!["total"]!);
        Assert.Equal(("Dutch trial", 40, true, 0), ((string)trial["hit"]!["ruleName"]!, (int)trial["hit"]!["points"]!, (bool)trial["hit"]!["applied"]!, (int)trial["hit"]!["ruleId"]!));
        Assert.Null((string?)trial["hit"]!["reason"]);
        Assert.Contains(trial["after"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Dutch trial");
        Assert.DoesNotContain(trial["before"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Dutch trial");
        Assert.Equal((int)trial["running"]!["total"]!, (int)trial["before"]!["total"]!); // the draft is the published rules here
        Assert.Equal(rules, await DbAsync(db => db.ScoringRules.CountAsync()));
        Assert.Equal(stored, await DbAsync(db => db.Leads.Where(l => l.Id == lead).Select(l => new { l.Score, l.ScoredAt }).SingleAsync()));
    }

    [Fact]
    public async Task Trial_NewRuleThatDoesNotMatch_FiresNotAndAddsNothing()
    {
        var lead = await AddLeadAsync("trialB", "DE");

        var trial = await TrialAsync(lead, new { name = "Dutch only", when = """Lead.Country == "NL" """, then = Points(40) });

        Assert.Empty(trial["errors"]!.AsArray());
        Assert.False((bool)trial["fired"]!);
        Assert.Null(trial["hit"]);
        Assert.Equal(0, (int)trial["pointsAdded"]!);
    }

    [Fact]
    public async Task Trial_EditedDraftRule_ReplacesItsSavedFormAndLeavesTheSavedRuleAlone()
    {
        var lead = await AddLeadAsync("trialC", "NL");
        var saved = await RuleOps.CreateAsync(api, "Industry trialC", """Lead.Industry == "trialC" """, 10);
        var id = (int)saved["id"]!;

        var trial = await TrialAsync(lead, new { id, when = """Lead.Industry == "trialC" && Lead.Country == "NL" """, then = Points(25) });

        Assert.Empty(trial["errors"]!.AsArray());
        Assert.Equal(("Industry trialC", 25, id), ((string)trial["hit"]!["ruleName"]!, (int)trial["hit"]!["points"]!, (int)trial["hit"]!["ruleId"]!));
        Assert.Equal(25, (int)trial["pointsAdded"]!);
        Assert.DoesNotContain(trial["before"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Industry trialC");
        Assert.Single(trial["after"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Industry trialC");
        var row = await DbAsync(db => db.ScoringRules.SingleAsync(r => r.Id == id));
        Assert.Equal((1, """Lead.Industry == "trialC" """), (row.Version, row.When));
        Assert.Contains("\"points\":10", row.Then, StringComparison.Ordinal);
        await DbAsync(db => db.ScoringRules.Where(r => r.Id == id).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task Trial_UnknownMember_IsAnErrorOnRuleWhenAtItsPositionAndEvaluatesNothing()
    {
        var lead = await AddLeadAsync("trialD", "NL");

        var trial = await TrialAsync(lead, new { name = "Typo", when = """Lead.Country == "NL" && Lead.Employes > 5""", then = Points(5) });

        var error = Assert.Single(trial["errors"]!.AsArray())!;
        Assert.Equal(("rule.when", 30), ((string)error["part"]!, (int)error["position"]!));
        Assert.Contains("Employes", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(trial["after"]);
        Assert.Null(trial["before"]);
        Assert.False((bool)trial["fired"]!);
    }

    [Theory]
    [InlineData("then", "rule.then")]
    [InlineData("name", "rule.name")]
    [InlineData("id", "rule.id")]
    [InlineData("leadId", "leadId")]
    [InlineData("kind", "kind")]
    public async Task Trial_BadArgument_IsAPayloadErrorNamingIt(string wrong, string part)
    {
        var lead = await AddLeadAsync($"trialE{wrong}", "NL");
        var rule = new Dictionary<string, object?> { ["name"] = "Bad", ["when"] = "Lead.Employees > 5", ["then"] = Points(5) };
        if (wrong == "then")
            rule["then"] = new { route = new { team = "Scoring cannot route" } };
        if (wrong == "name")
            rule["name"] = " ";
        if (wrong == "id")
            rule["id"] = 987654;

        var trial = await TrialAsync(wrong == "leadId" ? 987654 : lead, rule, wrong == "kind" ? "TENDER_EVALUATION" : "LEAD_SCORING");

        Assert.Equal(part, (string)Assert.Single(trial["errors"]!.AsArray())!["part"]!);
        Assert.Null(trial["after"]);
    }

    [Fact]
    public async Task Trial_RoutingRule_ShowsTheRouteItWouldGive()
    {
        var lead = await AddLeadAsync("trialF", "NL");

        var trial = await TrialAsync(lead, new { name = "Trial desk", when = """Lead.Industry == "trialF" """, then = new { route = new { team = "Trial desk" } }, priority = 10_000 }, "LEAD_ROUTING");

        Assert.Empty(trial["errors"]!.AsArray());
        Assert.True((bool)trial["fired"]!);
        Assert.Equal("Trial desk", (string?)trial["after"]!["route"]);
        Assert.NotEqual("Trial desk", (string?)trial["before"]!["route"]);
    }

    [Fact]
    public async Task Trial_ReaderKey_AnswersTheTrial()
    {
        var lead = await AddLeadAsync("trialG", "NL");
        var reader = api.CreateClient(await api.CreateKeyAsync(Roles.Reader));

        var response = await reader.PostAsJsonAsync("/graphql", new { query = Trial, variables = new { kind = "LEAD_SCORING", leadId = lead, rule = new { when = """Lead.Industry == "trialG" """, then = Points(3) } } });
        var trial = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["trialScoringRule"]!;

        Assert.Equal((3, "unsaved rule"), ((int)trial["pointsAdded"]!, (string)trial["hit"]!["ruleName"]!));
    }

    private static object Points(int points) => new { addPoints = new { dimension = "FIT", points } };

    private async Task<JsonNode> TrialAsync(int leadId, object rule, string kind = "LEAD_SCORING") =>
        (await api.DataAsync(Trial, new { kind, leadId, rule }))["trialScoringRule"]!;

    private async Task<int> AddLeadAsync(string industry, string country)
    {
        var lead = ScoringTestData.Lead($"{industry}-1", employees: null, country: country, jobTitle: null, formPosts: 0);
        lead.Industry = industry;
        await DbAsync(async db => { db.Leads.Add(lead); return await db.SaveChangesAsync(); });
        return lead.Id;
    }

    private async Task<T> DbAsync<T>(Func<SalesDbContext, Task<T>> query)
    {
        _ = api.Server;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
