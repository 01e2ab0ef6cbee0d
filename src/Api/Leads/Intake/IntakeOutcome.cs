using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>What the rules decided about a lead, with the rules that fired (the explanation).</summary>
public sealed record IntakeOutcome(
    int Score,
    int Fit,
    int Engagement,
    LeadGrade? Grade,
    LeadStage Stage,
    string? Route,
    DateTime? FollowUpDueAt,
    string? NurtureTrack,
    int? RuleVersion,
    IReadOnlyList<RuleHit> Explanation);
