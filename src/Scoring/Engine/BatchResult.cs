namespace SalesGraph.Scoring.Engine;

/// <summary>The results of a batch, and how many condition evaluations threw (counted as not matched).</summary>
public sealed record BatchResult<T>(IReadOnlyList<T> Results, int FailedConditions);
