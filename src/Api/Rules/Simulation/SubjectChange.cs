namespace SalesGraph.Api.Rules.Simulation;

public sealed record SubjectChange(int Id, SubjectOutcome Before, SubjectOutcome After);
