using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>suggestPoints and applySuggestedPoints over a draft whose points are wrong on purpose: US leads rarely convert but get
/// the most points.</summary>
public sealed class SuggestPointsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Figures = "evaluated positives auc liftAtTop10 conversionByGrade { grade leads converted }";

    private static readonly string Suggest = $$"""
        query($kind: RuleSetKind!, $where: LeadFilterInput, $split: LeadSplitInput) {
          suggestPoints(kind: $kind, where: $where, split: $split) {
            split trainLeads trainConverted testLeads testConverted pointsToDoubleTheOdds intercept beatsCurrent verdict
            rules { ruleId name version dimension currentPoints suggestedPoints coefficient trainHits trainConverted trainConversion }
            current { {{Figures}} } suggested { {{Figures}} }
            errors { message part }
          }
        }
        """;

    private const string Apply = """
        mutation($input: ApplySuggestedPointsInput!) {
          applySuggestedPoints(input: $input) {
            applied
            suggestion { beatsCurrent suggested { auc } rules { ruleId suggestedPoints } }
            rules { id name version then { addPoints { dimension points } } }
            errors { __typename ... on Error { message } ... on RuleValidationError { part } }
          }
        }
        """;

    private static readonly object Split = new { method = "HASH", testFraction = 0.3 };

    [Fact]
    public async Task SuggestPoints_DraftThatRewardsTheWorstSegment_SuggestsNegativePointsForItAndBeatsTheCurrentPointsOnTest()
    {
        await ArrangeAsync();
        var auditBefore = await AuditCountAsync();

        var result = await SuggestAsync();

        Assert.Empty(result["errors"]!.AsArray());
        var rules = result["rules"]!.AsArray().ToDictionary(r => (string)r!["name"]!);
        Assert.True((int)rules["US"]!["suggestedPoints"]! < 0);
        Assert.True((int)rules["Dutch"]!["suggestedPoints"]! > 0);
        Assert.Equal(30, (int)rules["US"]!["currentPoints"]!);
        Assert.Equal(1000, (int)result["trainLeads"]! + (int)result["testLeads"]!);
        Assert.Equal((int)result["testLeads"]!, (int)result["current"]!["evaluated"]!);
        var usHits = (int)rules["US"]!["trainHits"]!;
        Assert.InRange(usHits, 200, 400);
        Assert.Equal((double)(int)rules["US"]!["trainConverted"]! / usHits, (double)rules["US"]!["trainConversion"]!, 12);
        Assert.Equal(20, (int)result["pointsToDoubleTheOdds"]!);
        foreach (var rule in rules.Values)
            Assert.Equal((int)Math.Round((double)rule!["coefficient"]! * 20 / Math.Log(2), MidpointRounding.AwayFromZero), (int)rule["suggestedPoints"]!);
        Assert.True((bool)result["beatsCurrent"]!);
        Assert.True((double)result["suggested"]!["auc"]! > (double)result["current"]!["auc"]!);
        // A query: nothing saved.
        Assert.Equal(auditBefore, await AuditCountAsync());
        Assert.Equal(30, (int)rules["US"]!["currentPoints"]!);
        Assert.Equal(1, (int)(await SuggestAsync())["rules"]!.AsArray().Single(r => (string)r!["name"]! == "US")!["version"]!);
    }

    [Fact]
    public async Task ApplySuggestedPoints_BetterSuggestion_WritesAuditedDraftEditsThatTheBacktestThenMeasures()
    {
        await ArrangeAsync();
        var auditBefore = await AuditCountAsync();

        var payload = (await api.DataAsync(Apply, new { input = new { kind = "LEAD_SCORING", split = Split } }))["applySuggestedPoints"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.True((bool)payload["applied"]!);
        var suggested = payload["suggestion"]!["rules"]!.AsArray().ToDictionary(r => (int)r!["ruleId"]!, r => (int)r!["suggestedPoints"]!);
        var written = payload["rules"]!.AsArray();
        Assert.NotEmpty(written);
        foreach (var rule in written)
        {
            Assert.Equal(suggested[(int)rule!["id"]!], (int)rule["then"]!["addPoints"]!["points"]!);
            Assert.Equal(2, (int)rule["version"]!);
        }
        Assert.Equal(auditBefore + written.Count, await AuditCountAsync());
        var backtest = (await api.DataAsync("query($split: LeadSplitInput) { backtestRuleSet(kind: LEAD_SCORING, split: $split) { draft { test { auc } } } }", new { split = Split }))["backtestRuleSet"]!;
        Assert.Equal((double)payload["suggestion"]!["suggested"]!["auc"]!, (double)backtest["draft"]!["test"]!["auc"]!, 12);
    }

    [Fact]
    public async Task ApplySuggestedPoints_SuggestionThatDoesNotBeatTheCurrentPoints_SaysSoAndSavesNothing()
    {
        await ArrangeAsync();
        // After one apply the draft holds the fitted points; the refit suggests the same, which cannot beat itself.
        Assert.True((bool)(await api.DataAsync(Apply, new { input = new { kind = "LEAD_SCORING", split = Split } }))["applySuggestedPoints"]!["applied"]!);
        var auditBefore = await AuditCountAsync();
        var rulesBefore = await RulesJsonAsync();

        var payload = (await api.DataAsync(Apply, new { input = new { kind = "LEAD_SCORING", split = Split } }))["applySuggestedPoints"]!;

        Assert.False((bool)payload["applied"]!);
        Assert.Contains("do not beat the current points", (string)Assert.Single(payload["errors"]!.AsArray())!["message"]!);
        Assert.Empty(payload["rules"]!.AsArray());
        Assert.Equal(auditBefore, await AuditCountAsync());
        Assert.Equal(rulesBefore, await RulesJsonAsync());
    }

    [Theory]
    [InlineData("TENDER_EVALUATION", null, null, "kind")]
    [InlineData("LEAD_SCORING", 1.0, null, "split.testFraction")]
    [InlineData("LEAD_SCORING", 0.3, "ZZ", "where")]
    public async Task SuggestPoints_BadArgument_IsAnErrorNamingIt(string kind, double? fraction, string? country, string part)
    {
        await ArrangeAsync();
        var rulesBefore = await RulesJsonAsync();

        var result = await SuggestAsync(kind, fraction is null ? null : new { method = "HASH", testFraction = fraction }, country is null ? null : new { country = new { eq = country } });
        var applied = (await api.DataAsync(Apply, new { input = new { kind, split = fraction is null ? null : new { method = "HASH", testFraction = fraction }, where = country is null ? null : new { country = new { eq = country } } } }))["applySuggestedPoints"]!;

        Assert.Equal(part, (string)Assert.Single(result["errors"]!.AsArray())!["part"]!);
        Assert.Empty(result["rules"]!.AsArray());
        Assert.Equal("input." + part, (string)Assert.Single(applied["errors"]!.AsArray())!["part"]!);
        Assert.False((bool)applied["applied"]!);
        Assert.Equal(rulesBefore, await RulesJsonAsync());
    }

    [Fact]
    public async Task SuggestPoints_DraftWithoutAddPointsRules_IsAnErrorNamingTheKind()
    {
        await ArrangeAsync();
        await using (var db = await DbAsync())
            await db.ScoringRules.Where(r => r.RuleSet == Data.Rules.RuleSetKind.LeadScoring).ExecuteUpdateAsync(s => s.SetProperty(r => r.Enabled, false));

        var result = await SuggestAsync();

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("kind", (string)error["part"]!);
        Assert.Contains("no enabled addPoints rule", (string)error["message"]!);
    }

    [Fact]
    public async Task SuggestPoints_SplitWithoutConversionsOnOneSide_IsAnErrorNamingTheSplit()
    {
        await ArrangeAsync();

        // Every lead was created before the cut: the test side is empty.
        var result = await SuggestAsync(split: new { method = "TIME", at = ScoringTestData.Created.AddYears(1) });

        Assert.Equal("split", (string)Assert.Single(result["errors"]!.AsArray())!["part"]!);
    }

    /// <summary>1,000 leads: Dutch ones convert at 50 %, US ones at 4 %, the rest at 15 %; large companies a little more.
    /// The draft gives US leads 30 points and Dutch ones 5.</summary>
    private async Task ArrangeAsync()
    {
        var random = new Random(12);
        await api.ArrangeAsync([.. Enumerable.Range(0, 1000).Select(i =>
        {
            var country = (i % 3) switch { 0 => "NL", 1 => "US", _ => "FR" };
            var lead = ScoringTestData.Lead($"sp-{i}", employees: random.Next(2) == 0 ? 5000 : 50, country: country, formPosts: 0);
            var rate = (country == "NL" ? 0.5 : country == "US" ? 0.04 : 0.15) + (lead.Employees > 1000 ? 0.05 : 0);
            lead.Converted = random.NextDouble() < rate;
            return (object)lead;
        })]);
        await using var db = await DbAsync();
        db.ScoringRules.AddRange(
            Rule("Dutch", "Lead.Country == \"NL\"", 5),
            Rule("US", "Lead.Country == \"US\"", 30),
            Rule("Big company", "Lead.Employees >= 1000", 5));
        await db.SaveChangesAsync();
    }

    private static Data.Rules.ScoringRule Rule(string name, string when, int points) => new()
    {
        RuleSet = Data.Rules.RuleSetKind.LeadScoring,
        Name = name,
        When = when,
        Then = $$$"""{"addPoints":{"dimension":"Fit","points":{{{points}}}}}""",
        Version = 1,
        ChangedBy = "test",
        ChangedAt = DateTime.UtcNow,
    };

    private async Task<JsonNode> SuggestAsync(string kind = "LEAD_SCORING", object? split = null, object? where = null) =>
        (await api.DataAsync(Suggest, new { kind, split = split ?? Split, where }))["suggestPoints"]!;

    private async Task<SalesDbContext> DbAsync() => await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();

    private async Task<int> AuditCountAsync()
    {
        await using var db = await DbAsync();
        return await db.AuditEntries.CountAsync();
    }

    private async Task<string> RulesJsonAsync()
    {
        await using var db = await DbAsync();
        return string.Join("\n", await db.ScoringRules.OrderBy(r => r.Id).Select(r => r.Id + r.Then + r.Version).ToListAsync());
    }
}
