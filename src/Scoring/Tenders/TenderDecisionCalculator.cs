using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tenders;

/// <summary>Bid points from the matched rules; the decision from the thresholds unless a Decide rule says otherwise; a NoBid tender is not routed.</summary>
public static class TenderDecisionCalculator
{
    public static TenderEvaluation Calculate(TenderFact tender, IReadOnlyList<RuleMatch> matches, int version, DateTime now, ScoringOptions options)
    {
        var points = PointsLedger.Settle(matches, version, options);
        var (decide, decideHits) = PointsLedger.Settle<Decide>(matches, version);
        var (route, routeHits) = PointsLedger.Settle<Route>(matches, version);
        var bid = points.Sum(h => h.Points);
        var decision = decide?.Decision ?? DecisionFor(bid, options);
        if (decision == BidDecision.NoBid && route is not null)
        {
            routeHits = [.. routeHits.Select(h => h.NotApplied(RuleHitReason.NoBid))];
            route = null;
        }
        var sla = route is null ? (int?)null : route.SlaHours ?? options.DefaultSlaHours;
        return new TenderEvaluation(tender.Id, bid, decision, route?.Team, sla, sla is { } h ? now.AddHours(h) : null, version, [.. points, .. decideHits, .. routeHits]);
    }

    public static BidDecision DecisionFor(int points, ScoringOptions options) =>
        points >= options.BidAt ? BidDecision.Bid
        : points >= options.ReviewAt ? BidDecision.Review
        : BidDecision.NoBid;
}
