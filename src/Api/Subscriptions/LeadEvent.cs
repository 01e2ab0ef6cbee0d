using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Subscriptions;

/// <summary>A lead as a rule run left it: its score, route and follow-up deadline. Carries no personal fields (e-mail, phone,
/// names), so an event never needs the personal-data role; a client that needs them queries <c>lead(id)</c>.</summary>
public sealed record LeadEvent(
    int LeadId,
    LeadSource Source,
    string ExternalId,
    string? Company,
    string? Country,
    int Score,
    int Fit,
    int Engagement,
    LeadGrade? Grade,
    LeadStage Stage,
    int? TeamId,
    string? Team,
    int? RepId,
    string? Rep,
    DateTime? FollowUpDueAt,
    string? NurtureTrack,
    int? RuleVersion,
    DateTime ScoredAt)
{
    public static LeadEvent Of(Lead lead) => new(
        lead.Id, lead.Source, lead.ExternalId, lead.Company, lead.Country, lead.Score, lead.FitScore, lead.EngagementScore, lead.Grade, lead.Stage,
        lead.RouteTeamId, lead.RouteTeam?.Name, lead.AssignedRepId, lead.AssignedRep?.FullName, lead.FollowUpDueAt, lead.NurtureTrack,
        lead.ScoreRuleVersion, lead.ScoredAt ?? lead.UpdatedAt);
}
