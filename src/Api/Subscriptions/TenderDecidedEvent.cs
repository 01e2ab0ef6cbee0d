using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Subscriptions;

/// <summary>The tender rules came to a new bid / no-bid decision, score or bid team for a tender.</summary>
public sealed record TenderDecidedEvent(
    int TenderId, string Ocid, string Title, string? Buyer, BidDecision Decision, int BidScore, int? TeamId, string? Team,
    DateTime? DeadlineAt, int? RuleVersion, DateTime EvaluatedAt);
