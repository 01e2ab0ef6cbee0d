using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Leads;

/// <summary>The routing stage's outcome: stage, team and follow-up deadline, nurture track.</summary>
public sealed record LeadRoute(LeadStage Stage, string? Team, int? SlaHours, DateTime? FollowUpDueAt, string? NurtureTrack, IReadOnlyList<RuleHit> Hits)
{
    /// <summary>A routing rule asked for a suspect account for the lead's company (see <see cref="Rules.CreateSuspectAccount"/>).</summary>
    public bool CreateSuspectAccount { get; init; }
}
