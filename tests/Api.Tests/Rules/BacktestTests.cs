using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>backtestRuleSet for each kind: lead scoring is covered in <see cref="SimulationTests"/>.</summary>
public sealed class BacktestTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Backtest = """
        query($kind: RuleSetKind!) {
          backtestRuleSet(kind: $kind) {
            kind note
            draft { version evaluated positives auc topDecileLift conversionByRoute { route leads converted rate } conversionByStage { stage leads converted } }
            published { version evaluated positives auc topDecileLift conversionByRoute { route leads converted rate } conversionByStage { stage leads converted } }
            errors { message part }
          }
        }
        """;

    [Fact]
    public async Task BacktestRuleSet_LeadRoutingDraftThatRoutesTheWinnersElsewhere_ComparesConversionPerRouteWithTheSameScores()
    {
        await ArrangeAsync(Enumerable.Range(0, 10).Select(i => Lead($"rt{i}", i < 4 ? "rtWon" : "rtLost", converted: i < 4)).ToArray());
        var created = await api.DataAsync("""
            mutation { createScoringRule(input: { ruleSet: LEAD_ROUTING, name: "Winners to inside sales (bt)", when: "Lead.Campaign == \"rtWon\"", then: { route: { team: "Inside Sales", slaHours: 4 } }, priority: 100 }) { errors { __typename } } }
            """);
        Assert.Empty(created["createScoringRule"]!["errors"]!.AsArray());

        var result = await BacktestAsync("LEAD_ROUTING");

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal(("LEAD_ROUTING", 0, 1), ((string)result["kind"]!, (int)result["draft"]!["version"]!, (int)result["published"]!["version"]!));
        Assert.Equal([("Enterprise EMEA", 10, 4)], Rates(result["published"]!["conversionByRoute"]!, "route"));
        Assert.Equal([("Enterprise EMEA", 6, 0), ("Inside Sales", 4, 4)], Rates(result["draft"]!["conversionByRoute"]!, "route"));
        // Routing does not change scores: the score figures agree, and the note says where they come from.
        Assert.Equal((double?)result["published"]!["auc"], (double?)result["draft"]!["auc"]);
        Assert.Equal((double?)result["published"]!["topDecileLift"], (double?)result["draft"]!["topDecileLift"]);
        Assert.Equal(10, result["draft"]!["conversionByStage"]!.AsArray().Sum(s => (int)s!["leads"]!));
        Assert.Contains("LEAD_SCORING version 1", (string)result["note"]!);
    }

    [Fact]
    public async Task BacktestRuleSet_LeadScoring_ReportsConversionPerStageAndRouteAndNoNote()
    {
        await ArrangeAsync(Lead("ls1", "lsA", converted: true), Lead("ls2", "lsA", converted: false), Lead("ls3", "lsA", converted: null));

        var result = await BacktestAsync("LEAD_SCORING");

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Null(result["note"]);
        Assert.Equal([("Enterprise EMEA", 2, 1)], Rates(result["published"]!["conversionByRoute"]!, "route"));
        Assert.Equal(2, (int)result["draft"]!["evaluated"]!);
    }

    [Theory]
    [InlineData("TENDER_EVALUATION", "tenders store no outcome")]
    [InlineData("CUSTOMER_STRATEGY", "no recorded outcome")]
    public async Task BacktestRuleSet_KindWithoutAStoredOutcome_ReturnsAnErrorThatNamesTheKindAndWhy(string kind, string why)
    {
        await ArrangeAsync(Lead("x1", "x", converted: true));

        var result = await BacktestAsync(kind);

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.StartsWith($"{kind} cannot be backtested", (string)error["message"]!);
        Assert.Contains(why, (string)error["message"]!);
        Assert.Null(result["draft"]);
        Assert.Null(result["published"]);
    }

    [Fact]
    public async Task BacktestRuleSet_LeadRoutingDraftThatDoesNotCompile_ReturnsTheErrors()
    {
        await ArrangeAsync(Lead("br1", "br", converted: true));
        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync())
        {
            db.ScoringRules.Add(new Data.Rules.ScoringRule { RuleSet = Data.Rules.RuleSetKind.LeadRouting, Name = "Broken (rt)", When = "Lead.Nope", Then = """{"route":{"team":"X"}}""", ChangedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var result = await BacktestAsync("LEAD_ROUTING");

        Assert.Equal("when", (string)Assert.Single(result["errors"]!.AsArray())!["part"]!);
        Assert.Null(result["draft"]);
    }

    private async Task ArrangeAsync(params Data.Leads.Lead[] leads)
    {
        await api.ArrangeAsync(leads);
        // ArrangeAsync empties the database; the engine still runs version 1, and the draft rows are seeded again.
        await api.Services.GetRequiredService<RuleEngineHost>().SeedDefaultsAsync();
    }

    private async Task<JsonNode> BacktestAsync(string kind) => (await api.DataAsync(Backtest, new { kind }))["backtestRuleSet"]!;

    private static Data.Leads.Lead Lead(string externalId, string campaign, bool? converted)
    {
        var lead = ScoringTestData.Lead(externalId);
        lead.Campaign = campaign;
        lead.Converted = converted;
        return lead;
    }

    private static (string, int, int)[] Rates(JsonNode array, string group) =>
        [.. array.AsArray().Select(r => ((string)r![group]!, (int)r["leads"]!, (int)r["converted"]!))];
}
