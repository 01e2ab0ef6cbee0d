namespace SalesGraph.Data.Sql;

/// <summary>The two statements of an analytics query over the same facts: the grouped counts and the per-fact durations.</summary>
public sealed record AnalyticsStatements(string Counts, string Durations);
