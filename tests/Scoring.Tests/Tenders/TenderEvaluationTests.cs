using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;
using SalesGraph.Scoring.Tenders;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Tenders;

public class TenderEvaluationTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static TenderEvaluation Evaluate(TenderFact tender, ScoringOptions? options = null) =>
        Assert.Single(EngineWith(options, [.. DefaultRules.For(RuleSetKind.TenderEvaluation)]).EvaluateTenders([tender], Now).Results);

    [Fact]
    public void Evaluate_ItServicesTenderWithTimeAndQualityWeight_IsBid()
    {
        var tender = new TenderFact { Id = 1, MainCpv = "72212000-4", Value = 400_000, DaysToDeadline = 30, Procedure = ProcurementMethod.Open, QualityWeight = 60, PriceWeight = 40 };

        var result = Evaluate(tender);

        Assert.Equal((75, BidDecision.Bid, "Public Sector Bids"), (result.BidPoints, result.Decision, result.Team));
        Assert.Equal(result.BidPoints, result.Hits.Sum(h => h.Points));
    }

    [Fact]
    public void Evaluate_TenderOutsideServedCpv_IsNoBidAndNotRouted()
    {
        var tender = new TenderFact { Id = 1, MainCpv = "45000000", Value = 400_000, DaysToDeadline = 30, Procedure = ProcurementMethod.Open, QualityWeight = 60 };

        var result = Evaluate(tender);

        Assert.Equal((BidDecision.NoBid, (string?)null), (result.Decision, result.Team));
        Assert.Equal(
            [(false, RuleHitReason.NoBid, "route to Public Sector Bids within 72 h")],
            result.Hits.Where(h => h.Effect.StartsWith("route to ", StringComparison.Ordinal)).Select(h => (h.Applied, h.Reason, h.Effect)));
    }

    [Fact]
    public void Evaluate_MiddlingTender_IsReview()
    {
        var tender = new TenderFact { Id = 1, CpvCodes = "48000000|30200000", Value = 50_000, DaysToDeadline = 15, Procedure = ProcurementMethod.Limited, QualityWeight = 50 };

        var result = Evaluate(tender);

        Assert.Equal((45, BidDecision.Review), (result.BidPoints, result.Decision));
    }

    [Fact]
    public void Evaluate_TenderWithoutValueOrDeadline_DoesNotFail()
    {
        var result = Evaluate(new TenderFact { Id = 1, MainCpv = "72000000" });

        Assert.Equal(25, result.BidPoints);
    }

    [Theory]
    [InlineData("72212000-4", null, 2)]
    [InlineData("30213000", null, 3)]
    [InlineData("45000000", "48100000|72500000", 2)]
    [InlineData(null, null, 0)]
    public void MatchDigits_CpvCodes_LongestServedPrefix(string? main, string? all, int digits)
    {
        Assert.Equal(digits, new CpvMatcher(["72000000", "48000000", "30200000"]).MatchDigits(main, all));
    }
}
