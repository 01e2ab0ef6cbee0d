using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Leads;

/// <summary>Everything the rules decided about one lead, with the versions that decided it and the hits that explain it.</summary>
/// <param name="Hits">Scoring hits (points after caps and decay; Fit hits add up to Fit, Engagement hits to Engagement) then routing hits.</param>
public sealed record LeadEvaluation(
    int LeadId,
    int Fit,
    int Engagement,
    LeadGrade Grade,
    LeadStage Stage,
    string? Team,
    int? SlaHours,
    DateTime? FollowUpDueAt,
    string? NurtureTrack,
    int ScoringVersion,
    int RoutingVersion,
    IReadOnlyList<RuleHit> Hits)
{
    public int Total => Fit + Engagement;

    /// <summary>A routing rule asks for a suspect account for the lead's company: the lead has no account and is not disqualified
    /// (<see cref="Rules.CreateSuspectAccount"/>). The intake creates it, or links the lead to the one another lead already created.</summary>
    public bool CreateSuspectAccount { get; init; }
}
