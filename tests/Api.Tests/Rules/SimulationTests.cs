using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Rules;

public sealed class SimulationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Simulate = """
        query($where: LeadFilterInput) {
          simulateRuleSet(kind: LEAD_SCORING, where: $where, first: 10) {
            publishedVersion evaluated changed
            before { scores { key count } grades { key count } }
            after { scores { key count } grades { key count } }
            changes { id before { total grade route hits { ruleName } } after { total grade route hits { ruleName points } } }
            errors { message ruleName }
          }
        }
        """;

    [Fact]
    public async Task SimulateRuleSet_DraftWithANewRule_ReportsTheLeadsItChangesWithBothExplanations()
    {
        var ids = await AddLeadsAsync("simA", ("NL", null), ("NL", null), ("DE", null), ("DE", null), ("BE", null));
        await RuleOps.CreateAsync(api, "Dutch bonus (sim)", """Lead.Country == "NL" && Lead.Industry == "simA" """, 40);

        var result = await SimulateAsync("simA");

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal((5, 2), ((int)result["evaluated"]!, (int)result["changed"]!));
        var changes = result["changes"]!.AsArray();
        Assert.Equal(ids.Take(2), changes.Select(c => (int)c!["id"]!));
        Assert.All(changes, c =>
        {
            Assert.Equal((int)c!["before"]!["total"]! + 40, (int)c["after"]!["total"]!);
            Assert.Contains(c["after"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Dutch bonus (sim)");
            Assert.DoesNotContain(c["before"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Dutch bonus (sim)");
            // The draft's score lifts the lead over the bar, so it is routed again under the running routing rules.
            Assert.Equal(("nurture: Early education", "Benelux Sales"), ((string?)c["before"]!["route"], (string?)c["after"]!["route"]));
            Assert.Contains(c["after"]!["hits"]!.AsArray(), h => (string)h!["ruleName"]! == "Benelux sales");
        });
        Assert.Equal(5, result["before"]!["scores"]!.AsArray().Sum(b => (int)b!["count"]!));
        Assert.Equal(5, result["after"]!["grades"]!.AsArray().Sum(b => (int)b!["count"]!));
        await DeleteRuleAsync("Dutch bonus (sim)");
    }

    [Fact]
    public async Task SimulateRuleSet_ChangesNothingStored()
    {
        await AddLeadsAsync("simB", ("NL", null));
        await RuleOps.CreateAsync(api, "Bonus (no writes)", """Lead.Industry == "simB" """, 25);
        var before = await DbAsync(db => db.Leads.Where(l => l.Industry == "simB").Select(l => new { l.Score, l.Grade, l.ScoredAt }).SingleAsync());
        var results = await DbAsync(db => db.ScoreResults.CountAsync());

        var result = await SimulateAsync("simB");

        Assert.Equal(1, (int)result["changed"]!);
        Assert.Equal(before, await DbAsync(db => db.Leads.Where(l => l.Industry == "simB").Select(l => new { l.Score, l.Grade, l.ScoredAt }).SingleAsync()));
        Assert.Equal(results, await DbAsync(db => db.ScoreResults.CountAsync()));
        await DeleteRuleAsync("Bonus (no writes)");
    }

    [Fact]
    public async Task SimulateRuleSet_DraftThatDoesNotCompile_ReturnsTheErrorsAndEvaluatesNothing()
    {
        await DbAsync(async db =>
        {
            db.ScoringRules.Add(new Data.Rules.ScoringRule { RuleSet = Data.Rules.RuleSetKind.LeadScoring, Name = "Broken (sim)", When = "Lead.Nope", Then = """{"addPoints":{"dimension":"Fit","points":1}}""", ChangedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var result = await SimulateAsync("none");

        Assert.Equal("Broken (sim)", (string)Assert.Single(result["errors"]!.AsArray())!["ruleName"]!);
        Assert.Equal(0, (int)result["evaluated"]!);
        await DeleteRuleAsync("Broken (sim)");
    }

    [Fact]
    public async Task SimulateRuleSet_PublishedSide_AgreesWithWhatRescoringStores()
    {
        // Leads that exercise every column the simulation reads (it reads only those): time on site, phone, account domain, consent.
        var ids = await AddLeadsAsync("simC", ("NL", null), ("DE", null), ("GB", null));
        await DbAsync(async db =>
        {
            var leads = await db.Leads.Where(l => l.Industry == "simC").OrderBy(l => l.Id).ToListAsync();
            leads[0].CustomFields = """{"secondsOnSite": 1900}""";
            leads[0].Phone = "+31 20 123 4567";
            leads[1].Source = LeadSource.Referral;
            leads[1].JobTitle = "Chief Executive";
            leads[2].EmailDomain = "gmail.com";
            leads[2].IsFreeMailDomain = true;
            leads[2].ConsentEmail = false;
            return await db.SaveChangesAsync();
        });
        await api.DataAsync("""mutation { rescoreLeads(input: { where: { industry: { eq: "simC" } } }) { evaluated } }""");
        await RuleOps.CreateAsync(api, "One more point (sim)", """Lead.Industry == "simC" """, 1);

        var result = await SimulateAsync("simC");

        var stored = await DbAsync(db => db.Leads.Where(l => l.Industry == "simC").OrderBy(l => l.Id).Select(l => new { l.Id, l.Score, l.Grade }).ToListAsync());
        Assert.Equal(stored.Select(l => (l.Id, l.Score, l.Grade?.ToString())), result["changes"]!.AsArray().Select(c => ((int)c!["id"]!, (int)c["before"]!["total"]!, (string?)c["before"]!["grade"])));
        Assert.Equal(ids, stored.Select(l => l.Id));
        await DeleteRuleAsync("One more point (sim)");
    }

    [Fact]
    public async Task BacktestRuleSet_DraftThatSeparatesTheOutcomes_ScoresAucOneNextToThePublishedVersion()
    {
        // Identical leads apart from the industry the draft rewards; the published rules cannot tell them apart.
        var leads = Enumerable.Range(0, 10).Select(i => Lead($"bt{i}", "NL", i < 4 ? "btWon" : "btLost", converted: i < 4)).ToArray();
        await DbAsync(async db => { db.Leads.AddRange(leads); return await db.SaveChangesAsync(); });
        await RuleOps.CreateAsync(api, "Winning industry (bt)", """Lead.Industry == "btWon" """, 30);

        var result = (await api.DataAsync("""
            { backtestRuleSet(kind: LEAD_SCORING) {
                draft { version auc evaluated positives topDecileLift conversionByDecile { decile leads converted rate } conversionByGrade { grade leads converted rate } }
                published { auc evaluated positives }
                errors { message } } }
            """))["backtestRuleSet"]!;

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal((1.0, 10, 4, 2.5), ((double)result["draft"]!["auc"]!, (int)result["draft"]!["evaluated"]!, (int)result["draft"]!["positives"]!, (double)result["draft"]!["topDecileLift"]!));
        Assert.Equal((0.5, 10), ((double)result["published"]!["auc"]!, (int)result["published"]!["evaluated"]!));
        Assert.Equal(10, result["draft"]!["conversionByDecile"]!.AsArray().Count);
        Assert.Equal(4, result["draft"]!["conversionByGrade"]!.AsArray().Sum(g => (int)g!["converted"]!));
        await DeleteRuleAsync("Winning industry (bt)");
    }

    private async Task<JsonNode> SimulateAsync(string industry) =>
        (await api.DataAsync(Simulate, new { where = new { industry = new { eq = industry } } }))["simulateRuleSet"]!;

    private async Task<int[]> AddLeadsAsync(string industry, params (string Country, bool? Converted)[] leads)
    {
        var rows = leads.Select((l, i) => Lead($"{industry}-{i}", l.Country, industry, l.Converted)).ToArray();
        await DbAsync(async db => { db.Leads.AddRange(rows); return await db.SaveChangesAsync(); });
        return [.. rows.Select(r => r.Id)];
    }

    private static Lead Lead(string externalId, string country, string industry, bool? converted)
    {
        var lead = ScoringTestData.Lead(externalId, employees: null, country: country, jobTitle: null, formPosts: 0);
        lead.Industry = industry;
        lead.Converted = converted;
        return lead;
    }

    private Task DeleteRuleAsync(string name) => DbAsync(db => db.ScoringRules.Where(r => r.Name == name).ExecuteDeleteAsync());

    private async Task<T> DbAsync<T>(Func<SalesDbContext, Task<T>> query)
    {
        _ = api.Server;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
