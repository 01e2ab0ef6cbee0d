namespace SalesGraph.Api.Leads.Scoring;

/// <summary>A scored batch of leads, not yet written: the outcome per lead and the round-robin moves it made.</summary>
public sealed record ScoredLeads(IReadOnlyList<LeadOutcome> Outcomes, RepAssignment Assignment);
