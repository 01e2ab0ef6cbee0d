using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tenders;

/// <summary>The bid / no-bid outcome of one tender; the Bid hits add up to <see cref="BidPoints"/>.</summary>
public sealed record TenderEvaluation(
    int TenderId,
    int BidPoints,
    BidDecision Decision,
    string? Team,
    int? SlaHours,
    DateTime? DueAt,
    int Version,
    IReadOnlyList<RuleHit> Hits);
