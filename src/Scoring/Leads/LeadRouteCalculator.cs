using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Leads;

/// <summary>Settles stage, route and nurture track from the routing rules that matched a scored lead.
/// Stage: from the score thresholds unless a SetStage rule says otherwise. Route: not for disqualified leads.
/// Nurture: only for leads below the bar (New or Nurture), and it moves a New lead to Nurture.
/// Create suspect account: only for a lead without an account that is not disqualified.</summary>
public static class LeadRouteCalculator
{
    public static LeadRoute Calculate(LeadFact scored, IReadOnlyList<RuleMatch> matches, int version, DateTime now, ScoringOptions options)
    {
        if (matches.Count == 0)
            return new LeadRoute(StageFor(scored.Score, options), null, null, null, null, []);
        var (stageRule, stageHits) = PointsLedger.Settle<SetStage>(matches, version);
        var (route, routeHits) = PointsLedger.Settle<Route>(matches, version);
        var (nurture, nurtureHits) = PointsLedger.Settle<Nurture>(matches, version);
        var (createAccount, createAccountHits) = PointsLedger.Settle<CreateSuspectAccount>(matches, version);

        var stage = stageRule?.Stage ?? StageFor(scored.Score, options);
        string? track = null;
        if (nurture is not null && stage is LeadStage.New or LeadStage.Nurture)
        {
            track = nurture.Track;
            stage = LeadStage.Nurture;
        }
        else if (nurtureHits.Count > 0)
        {
            NotApplied(nurtureHits, RuleHitReason.AboveNurtureBar);
        }
        if (route is not null && stage == LeadStage.Disqualified)
        {
            NotApplied(routeHits, RuleHitReason.Disqualified);
            route = null;
        }
        if (createAccount is not null && (stage == LeadStage.Disqualified || scored.AccountId is not null))
        {
            NotApplied(createAccountHits, stage == LeadStage.Disqualified ? RuleHitReason.Disqualified : RuleHitReason.HasAccount);
            createAccount = null;
        }
        var sla = route is null ? (int?)null : route.SlaHours ?? options.DefaultSlaHours;
        stageHits.AddRange(routeHits);
        stageHits.AddRange(nurtureHits);
        stageHits.AddRange(createAccountHits);
        return new LeadRoute(stage, route?.Team, sla, sla is { } h ? now.AddHours(h) : null, track, stageHits) { CreateSuspectAccount = createAccount is not null };
    }

    /// <summary>The winner of these hits (the losers stay overruled by priority) was not taken, for <paramref name="reason"/>.</summary>
    private static void NotApplied(List<RuleHit> hits, RuleHitReason reason)
    {
        for (var i = 0; i < hits.Count; i++)
            hits[i] = hits[i].NotApplied(reason);
    }

    public static LeadStage StageFor(int score, ScoringOptions options) =>
        score >= options.SqlAt ? LeadStage.Sql
        : score >= options.MqlAt ? LeadStage.Mql
        : score >= options.NurtureAt ? LeadStage.Nurture
        : LeadStage.New;
}
