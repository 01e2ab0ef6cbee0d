using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Leads;

/// <summary>The scoring stage's outcome for one lead.</summary>
public sealed record LeadScore(int Fit, int Engagement, LeadGrade Grade, IReadOnlyList<RuleHit> Hits)
{
    public int Total => Fit + Engagement;
}
