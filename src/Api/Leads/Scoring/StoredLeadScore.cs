using SalesGraph.Api.Rules;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>A lead's score as the graph shows it: its columns, and the explanation from its newest stored result.</summary>
public sealed record StoredLeadScore(
    int LeadId,
    int Total,
    int Fit,
    int Engagement,
    LeadGrade? Grade,
    LeadStage Stage,
    int? Version,
    int? RoutingVersion,
    string? Team,
    string? Rep,
    DateTime? DueAt,
    string? NurtureTrack,
    DateTime? ScoredAt,
    IReadOnlyList<StoredHit> Hits);
