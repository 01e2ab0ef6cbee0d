namespace SalesGraph.Benchmarks.ColdStart;

/// <summary>A published API: its name in the report, the folder that holds SalesGraph.Api.dll, and runtime settings to start it with.</summary>
public sealed record ColdStartBuild(string Name, string Folder, IReadOnlyDictionary<string, string>? Environment = null);
