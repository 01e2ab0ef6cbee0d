namespace SalesGraph.Api.Rules;

/// <summary>What one committed batch of a rescoring run did: subjects evaluated, and how many came out different.</summary>
public sealed record BatchTally(int Evaluated, int Changed);
