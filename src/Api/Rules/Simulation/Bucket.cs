namespace SalesGraph.Api.Rules.Simulation;

/// <summary>One bar of a distribution: <c>{ key count }</c>.</summary>
public sealed record Bucket(string Key, int Count);
