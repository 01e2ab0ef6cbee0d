namespace SalesGraph.Data.Opportunities;

/// <summary>
/// The funnel's facts of one opportunity from its stays (<see cref="OpportunityStageChange"/>): the stages it entered (bits) and
/// per stage the whole seconds of its completed stays added up (null when it never left the stage). The same as
/// <see cref="Sql.SqlDialect.FillOpportunityStageFacts"/> computes in SQL.
/// </summary>
public static class StageFacts
{
    public static void Apply(Opportunity opportunity, IEnumerable<OpportunityStageChange> stays)
    {
        var entered = 0;
        var seconds = new long?[Enum.GetValues<FunnelStage>().Length];
        foreach (var stay in stays)
        {
            entered |= 1 << (int)stay.Stage;
            if (stay.LeftAt is { } left)
            {
                seconds[(int)stay.Stage] = (seconds[(int)stay.Stage] ?? 0) + Seconds(stay.EnteredAt, left);
            }
        }

        opportunity.StagesEntered = entered;
        opportunity.ProspectingSeconds = seconds[(int)FunnelStage.Prospecting];
        opportunity.EngagingSeconds = seconds[(int)FunnelStage.Engaging];
        opportunity.ProposalSeconds = seconds[(int)FunnelStage.Proposal];
        opportunity.NegotiationSeconds = seconds[(int)FunnelStage.Negotiation];
        opportunity.WonSeconds = seconds[(int)FunnelStage.Won];
        opportunity.LostSeconds = seconds[(int)FunnelStage.Lost];
    }

    /// <summary>Whole seconds from <paramref name="from"/> to <paramref name="to"/>, rounded half away from zero as SQL's ROUND.</summary>
    public static long Seconds(DateTime from, DateTime to) => (long)Math.Round((to - from).TotalSeconds, MidpointRounding.AwayFromZero);

    /// <summary>The seconds column of <paramref name="stage"/>.</summary>
    public static long? SecondsIn(Opportunity opportunity, FunnelStage stage) => stage switch
    {
        FunnelStage.Prospecting => opportunity.ProspectingSeconds,
        FunnelStage.Engaging => opportunity.EngagingSeconds,
        FunnelStage.Proposal => opportunity.ProposalSeconds,
        FunnelStage.Negotiation => opportunity.NegotiationSeconds,
        FunnelStage.Won => opportunity.WonSeconds,
        _ => opportunity.LostSeconds,
    };
}
