namespace SalesGraph.Api.Rules;

/// <summary>What a rescoring run did: how many subjects it evaluated, how many came out different, on which rule-set version,
/// and how many it had to skip because a batch kept conflicting with concurrent writes.</summary>
public sealed record EvaluationRun(int Evaluated, int Changed, int Version, int Skipped = 0);
