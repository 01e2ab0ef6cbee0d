using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Subscriptions;

/// <summary>A rule-set version was published (or an earlier one published again by a rollback).</summary>
public sealed record RuleSetPublishedEvent(RuleSetKind Kind, int Version, int? RolledBackFrom, string PublishedBy, DateTime PublishedAt, string? Note);
