using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>suggestRules over a draft that tests only company size, where country and job title carry the signal.</summary>
public sealed class SuggestRulesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Suggest = """
        query($fields: [String!], $max: Int, $where: LeadFilterInput) {
          suggestRules(kind: LEAD_SCORING, split: { method: HASH, testFraction: 0.3 }, max: $max, fields: $fields, where: $where) {
            trainLeads trainConverted testLeads usedFields consideredFields minimumCount
            candidates { field name when dimension points coefficient trainHits trainConverted trainConversion weightOfEvidence informationValue fieldInformationValue trainLift testHits testConverted testLift }
            errors { message part }
          }
        }
        """;

    [Fact]
    public async Task SuggestRules_SignalInUnusedFields_SuggestsTheirLevelsWithWoeAndPointsOfTheRightSign()
    {
        await ArrangeAsync();

        var result = (await api.DataAsync(Suggest, new { max = 20 }))["suggestRules"]!;

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Contains("Employees", result["usedFields"]!.AsArray().Select(f => (string)f!));
        var candidates = result["candidates"]!.AsArray().Select(c => c!).ToList();
        Assert.DoesNotContain(candidates, c => (string)c["field"]! == "Employees");
        var dutch = candidates.Single(c => (string)c["when"]! == "Lead.Country == \"NL\"");
        var us = candidates.Single(c => (string)c["when"]! == "Lead.Country == \"US\"");
        Assert.True((int)dutch["points"]! > 0 && (double)dutch["weightOfEvidence"]! > 0 && (double)dutch["testLift"]! > 1);
        Assert.True((int)us["points"]! < 0 && (double)us["weightOfEvidence"]! < 0);
        var informationValues = candidates.Select(c => (double)c["informationValue"]!).ToList();
        Assert.Equal(informationValues.OrderDescending(), informationValues);
        // WoE from the counts it reports.
        var positives = (int)result["trainConverted"]!;
        var negatives = (int)result["trainLeads"]! - positives;
        var (hits, converted) = ((int)dutch["trainHits"]!, (int)dutch["trainConverted"]!);
        Assert.Equal(Math.Log((converted + 0.5) / (positives + 0.5) / ((hits - converted + 0.5) / (negatives + 0.5))), (double)dutch["weightOfEvidence"]!, 12);
        Assert.Equal((double)converted / hits / ((double)positives / (positives + negatives)), (double)dutch["trainLift"]!, 12);
        Assert.All(candidates, c => Assert.True((int)c["trainHits"]! >= 30));
    }

    [Fact]
    public async Task SuggestRules_EveryCandidate_IsAcceptedByCreateScoringRuleAsIs()
    {
        await ArrangeAsync();
        var candidates = (await api.DataAsync(Suggest, new { max = 50 }))["suggestRules"]!["candidates"]!.AsArray();
        Assert.True(candidates.Count >= 5);
        Assert.Contains(candidates, c => ((string)c!["when"]!).Contains(">=", StringComparison.Ordinal));

        foreach (var candidate in candidates)
        {
            var created = (await api.DataAsync(RuleOps.Create, new
            {
                input = new { ruleSet = "LEAD_SCORING", name = (string)candidate!["name"]!, when = (string)candidate["when"]!, then = new { addPoints = new { dimension = (string)candidate["dimension"]!, points = (int)candidate["points"]! } } },
            }))["createScoringRule"]!;
            Assert.Empty(created["errors"]!.AsArray());
        }
    }

    [Fact]
    public async Task SuggestRules_FieldThatDoesNotExist_IsAnErrorNamingItAndListingTheKnownFields()
    {
        await ArrangeAsync();

        var result = (await api.DataAsync(Suggest, new { fields = new[] { "Country", "Shoe size" } }))["suggestRules"]!;

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("fields[1]", (string)error["part"]!);
        Assert.Contains("known fields: ", (string)error["message"]!);
        Assert.Contains("JobTitle", (string)error["message"]!);
    }

    [Fact]
    public async Task SuggestRules_Fields_OnlyDrawsFromThose()
    {
        await ArrangeAsync();

        var result = (await api.DataAsync(Suggest, new { fields = new[] { "JobTitle" } }))["suggestRules"]!;

        Assert.Equal(["JobTitle"], result["consideredFields"]!.AsArray().Select(f => (string)f!));
        Assert.All(result["candidates"]!.AsArray(), c => Assert.Equal("JobTitle", (string)c!["field"]!));
        Assert.NotEmpty(result["candidates"]!.AsArray());
    }

    [Fact]
    public async Task SuggestRules_WhereThatSelectsNothing_IsAnErrorNamingWhere()
    {
        await ArrangeAsync();

        var result = (await api.DataAsync(Suggest, new { where = new { country = new { eq = "ZZ" } } }))["suggestRules"]!;

        Assert.Equal("where", (string)Assert.Single(result["errors"]!.AsArray())!["part"]!);
    }

    private async Task ArrangeAsync()
    {
        var random = new Random(21);
        string[] titles = ["CIO", "Student", "Developer"];
        await api.ArrangeAsync([.. Enumerable.Range(0, 1000).Select(i =>
        {
            var country = (i % 3) switch { 0 => "NL", 1 => "US", _ => "FR" };
            var title = titles[random.Next(3)];
            var lead = ScoringTestData.Lead($"sr-{i}", employees: random.Next(2) == 0 ? 5000 : 50, country: country, jobTitle: title, formPosts: random.Next(4));
            var rate = (country == "NL" ? 0.45 : country == "US" ? 0.04 : 0.15) + (title == "CIO" ? 0.15 : 0);
            lead.Converted = random.NextDouble() < rate;
            return (object)lead;
        })]);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        db.ScoringRules.Add(new Data.Rules.ScoringRule
        {
            RuleSet = Data.Rules.RuleSetKind.LeadScoring,
            Name = "Big company",
            When = "Lead.Employees >= 1000",
            Then = """{"addPoints":{"dimension":"Fit","points":5}}""",
            Version = 1,
            ChangedBy = "test",
            ChangedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
