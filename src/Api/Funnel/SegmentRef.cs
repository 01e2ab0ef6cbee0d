namespace SalesGraph.Api.Funnel;

/// <summary>A team, rep or territory a segment belongs to.</summary>
public sealed record SegmentRef(int Id, string? Name);
