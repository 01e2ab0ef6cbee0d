using System.Text.Json.Nodes;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Funnel;

public sealed class FunnelKnownPipelineTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Figures = "key { team { name } rep { name } territory { name } industry pyramidTier period periodStart } opportunities amount weightedAmount won lost winRate averageDealSize "
        + "stages { stage count current amount weightedAmount conversionToNext conversionToWon averageDaysInStage medianDaysInStage }";

    private async Task<JsonArray> SegmentsAsync(string arguments)
    {
        await api.ArrangeAsync(KnownPipeline.Build());
        var data = await api.DataAsync($"{{ funnel{arguments} {{ segments {{ {Figures} }} errors {{ ... on Error {{ message }} }} }} }}");
        Assert.Null(data["funnel"]!["errors"]);
        return data["funnel"]!["segments"]!.AsArray();
    }

    [Fact]
    public async Task Funnel_WithoutGroups_GivesEveryFigureOfTheWholePipeline()
    {
        var segment = Assert.Single(await SegmentsAsync(""))!;

        Assert.Equal(5, (int)segment["opportunities"]!);
        Assert.Equal(6600m, (decimal)segment["amount"]!);
        Assert.Equal(1570m, (decimal)segment["weightedAmount"]!);
        Assert.Equal(1, (int)segment["won"]!);
        Assert.Equal(1, (int)segment["lost"]!);
        Assert.Equal(0.5, (double)segment["winRate"]!);
        Assert.Equal(1000m, (decimal)segment["averageDealSize"]!);
        var stages = segment["stages"]!.AsArray();
        Assert.Equal(["PROSPECTING", "ENGAGING", "PROPOSAL", "NEGOTIATION", "WON", "LOST"], stages.Select(s => (string)s!["stage"]!));
        // Prospecting: all five entered, O4 still there; O1, O2, O3, O5 moved on, O1 won; stays 10, 4, 2, 7 days.
        AssertStage(stages[0]!, 5, 1, 6600m, 1570m, 0.8, 0.2, 5.75, 5.5);
        // Engaging: O1, O2, O3, O5; O5 still there; O1 and O3 moved on; stays 10, 20, 6.
        AssertStage(stages[1]!, 4, 1, 3600m, 1270m, 0.5, 0.25, 12, 10);
        // Proposal: O1 (20 days, then on) and O3 (still there).
        AssertStage(stages[2]!, 2, 1, 1500m, 1250m, 0.5, 0.5, 20, 20);
        AssertStage(stages[3]!, 1, 0, 1000m, 1000m, 1, 1, 5, 5);
        AssertStage(stages[4]!, 1, 1, 1000m, 1000m, null, null, null, null);
        AssertStage(stages[5]!, 1, 1, 2000m, 0m, null, null, null, null);
        Assert.All(new[] { "team", "rep", "territory", "industry", "pyramidTier", "period", "periodStart" }, k => Assert.Null(segment["key"]![k]));
    }

    [Fact]
    public async Task Funnel_ByTeamAndQuarter_SplitsTheSegmentsWithTheirOwnFigures()
    {
        var segments = await SegmentsAsync("(groupBy: [TEAM, QUARTER])");

        Assert.Equal(["Team A 2024-Q1", "Team B 2024-Q2"], segments.Select(s => $"{s!["key"]!["team"]!["name"]} {s["key"]!["period"]}"));
        var a = segments[0]!;
        Assert.Equal(4, (int)a["opportunities"]!);
        Assert.Equal("2024-01-01T00:00:00Z", (string)a["key"]!["periodStart"]!);
        AssertStage(a["stages"]![0]!, 4, 0, 3600m, 1270m, 1, 0.25, 5.75, 5.5);
        var b = segments[1]!;
        AssertStage(b["stages"]![0]!, 1, 1, 3000m, 300m, 0, 0, null, null);
        AssertStage(b["stages"]![1]!, 0, 0, 0m, 0m, null, null, null, null);
        Assert.Null(b["winRate"]);
        Assert.Null(b["averageDealSize"]);
    }

    [Fact]
    public async Task Funnel_ByIndustryTierAndTerritory_UsesTheAccountsValues()
    {
        var segments = await SegmentsAsync("(groupBy: [INDUSTRY, PYRAMID_TIER, TERRITORY])");

        Assert.Equal(["Retail TOP North 3", "Tech SMALL  2"], segments.Select(s =>
            $"{s!["key"]!["industry"]} {s["key"]!["pyramidTier"]} {s["key"]!["territory"]?["name"]} {s["opportunities"]}"));
        // Retail: O1 (won), O2 (lost), O5; Engaging stays 10 and 20 → median 15.
        AssertStage(segments[0]!["stages"]![1]!, 3, 1, 3100m, 1020m, 1.0 / 3, 1.0 / 3, 15, 15);
    }

    [Fact]
    public async Task Funnel_ByRepAndMonthInAPeriod_CountsOnlyOpportunitiesCreatedInIt()
    {
        var segments = await SegmentsAsync("(groupBy: [REP, MONTH], period: { from: \"2024-02-01T00:00:00Z\", to: \"2024-04-01T00:00:00Z\" })");

        Assert.Equal(["Rep A 2024-02 1", "Rep A 2024-03 1"], segments.Select(s => $"{s!["key"]!["rep"]!["name"]} {s["key"]!["period"]} {s["opportunities"]}"));
        AssertStage(segments[0]!["stages"]![0]!, 1, 0, 500m, 250m, 1, 0, 2, 2);
        AssertStage(segments[1]!["stages"]![0]!, 1, 0, 100m, 20m, 1, 0, 7, 7);
    }

    [Fact]
    public async Task Funnel_FilterSelectingNothing_IsAnEmptyList()
    {
        Assert.Empty(await SegmentsAsync("(where: { name: { eq: \"nothing\" } }, groupBy: [TEAM])"));
        Assert.Empty(await SegmentsAsync("(where: { name: { eq: \"nothing\" } })"));
    }

    private static void AssertStage(JsonNode stage, int count, int current, decimal amount, decimal weighted, double? toNext, double? toWon, double? averageDays, double? medianDays)
    {
        Assert.Equal(count, (int)stage["count"]!);
        Assert.Equal(current, (int)stage["current"]!);
        Assert.Equal(amount, (decimal)stage["amount"]!);
        Assert.Equal(weighted, (decimal)stage["weightedAmount"]!);
        AssertClose(toNext, stage["conversionToNext"]);
        AssertClose(toWon, stage["conversionToWon"]);
        AssertClose(averageDays, stage["averageDaysInStage"]);
        AssertClose(medianDays, stage["medianDaysInStage"]);
    }

    private static void AssertClose(double? expected, JsonNode? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(expected.Value, (double)actual, 6);
    }
}
