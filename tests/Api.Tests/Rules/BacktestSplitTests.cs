using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>backtestRuleSet with where and split: train and test figures, stable sides, and the bad-input errors.</summary>
public sealed class BacktestSplitTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Figures = "evaluated positives auc aucLower aucUpper gini ks distinctScores conversionAtTop10 liftAtTop10 conversionByGrade { grade leads converted } conversionByDecile { decile leads }";

    private static readonly string Backtest = $$"""
        query($where: LeadFilterInput, $split: LeadSplitInput) {
          backtestRuleSet(kind: LEAD_SCORING, where: $where, split: $split) {
            split
            draft { {{Figures}} scorePsi train { {{Figures}} } test { {{Figures}} } }
            published { evaluated train { evaluated } test { evaluated } }
            errors { message part }
          }
        }
        """;

    [Fact]
    public async Task BacktestRuleSet_HashSplit_ReportsTrainAndTestThatAddUpAndHoldOutTheSameLeadsEveryRun()
    {
        await ArrangeAsync(200);

        var first = await BacktestAsync(new { method = "HASH", testFraction = 0.3 });
        var second = await BacktestAsync(new { method = "HASH", testFraction = 0.3 });

        Assert.Empty(first["errors"]!.AsArray());
        var draft = first["draft"]!;
        var (train, test) = (draft["train"]!, draft["test"]!);
        Assert.Equal(200, (int)draft["evaluated"]!);
        Assert.Equal(200, (int)train["evaluated"]! + (int)test["evaluated"]!);
        Assert.Equal((int)draft["positives"]!, (int)train["positives"]! + (int)test["positives"]!);
        Assert.InRange((int)test["evaluated"]!, 35, 85);
        Assert.Equal(test.ToJsonString(), second["draft"]!["test"]!.ToJsonString());
        Assert.Equal((int)test["evaluated"]!, (int)first["published"]!["test"]!["evaluated"]!);
        foreach (var side in new[] { draft, train, test })
        {
            Assert.InRange((double)side["auc"]!, (double)side["aucLower"]!, (double)side["aucUpper"]!);
            Assert.Equal(2 * (double)side["auc"]! - 1, (double)side["gini"]!, 12);
            Assert.True((int)side["distinctScores"]! >= 2);
        }
        Assert.NotNull((double?)draft["scorePsi"]);
        Assert.StartsWith("HASH: 0.3", (string)first["split"]!);
    }

    [Fact]
    public async Task BacktestRuleSet_TimeSplit_TrainsOnTheOlderLeadsAndTestsOnTheNewer()
    {
        await ArrangeAsync(120, i => ScoringTestData.Created.AddDays(i < 80 ? -10 : 10));

        var result = await BacktestAsync(new { method = "TIME", at = ScoringTestData.Created });

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal((80, 40), ((int)result["draft"]!["train"]!["evaluated"]!, (int)result["draft"]!["test"]!["evaluated"]!));
    }

    [Fact]
    public async Task BacktestRuleSet_Where_MeasuresOnlyTheSelectedLeads()
    {
        await ArrangeAsync(100);

        var result = await BacktestAsync(null, new { country = new { eq = "NL" } });

        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal(50, (int)result["draft"]!["evaluated"]!);
        Assert.Null(result["draft"]!["train"]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(-0.2)]
    public async Task BacktestRuleSet_TestFractionOutsideZeroToOne_IsAnErrorNamingIt(double fraction)
    {
        await ArrangeAsync(20);

        var result = await BacktestAsync(new { method = "HASH", testFraction = fraction });

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("split.testFraction", (string)error["part"]!);
        Assert.Null(result["draft"]);
    }

    [Fact]
    public async Task BacktestRuleSet_WhereThatSelectsNothing_IsAnErrorNamingWhere()
    {
        await ArrangeAsync(20);

        var result = await BacktestAsync(new { method = "HASH" }, new { country = new { eq = "ZZ" } });

        Assert.Equal("where", (string)Assert.Single(result["errors"]!.AsArray())!["part"]!);
    }

    [Fact]
    public async Task BacktestRuleSet_SplitWithNoConversionOnTheTestSide_IsAnErrorNamingTheSplit()
    {
        // Every lead created after the cut is unconverted.
        await ArrangeAsync(60, i => ScoringTestData.Created.AddDays(i < 40 ? -10 : 10), i => i < 40 && i % 3 == 0);

        var result = await BacktestAsync(new { method = "TIME", at = ScoringTestData.Created });

        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("split", (string)error["part"]!);
        Assert.Contains("test side", (string)error["message"]!);
    }

    private async Task ArrangeAsync(int count, Func<int, DateTime>? created = null, Func<int, bool>? converted = null)
    {
        await api.ArrangeAsync([.. Enumerable.Range(0, count).Select(i =>
        {
            var lead = ScoringTestData.Lead($"split-{i}", employees: i % 4 == 0 ? 5000 : i % 4 == 1 ? 300 : 20, country: i % 2 == 0 ? "NL" : "US", formPosts: i % 3);
            lead.Converted = converted?.Invoke(i) ?? (i % 4 == 0 ? i % 8 != 0 || i % 3 == 0 : i % 5 == 0);
            lead.CreatedAt = created?.Invoke(i) ?? ScoringTestData.Created;
            return (object)lead;
        })]);
        await api.Services.GetRequiredService<RuleEngineHost>().SeedDefaultsAsync();
    }

    private async Task<JsonNode> BacktestAsync(object? split, object? where = null) =>
        (await api.DataAsync(Backtest, new { split, where }))["backtestRuleSet"]!;
}
