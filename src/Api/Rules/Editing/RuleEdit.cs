namespace SalesGraph.Api.Rules.Editing;

/// <summary>A change to a draft rule as the operator asked for it; null fields stay as they are.</summary>
public sealed record RuleEdit(string? Name = null, string? When = null, string? ThenJson = null, int? Priority = null, bool? Enabled = null);
