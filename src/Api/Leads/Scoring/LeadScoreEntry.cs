using SalesGraph.Api.Rules;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>One stored evaluation of a lead: the versions that produced it, its figures and outcome, and the rules that fired.</summary>
public sealed record LeadScoreEntry(
    long Id,
    int Version,
    int? RoutingVersion,
    int Total,
    int Fit,
    int Engagement,
    string? Grade,
    string? Stage,
    string? Route,
    DateTime EvaluatedAt,
    IReadOnlyList<StoredHit> Hits);
