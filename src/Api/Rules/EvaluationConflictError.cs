using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules;

/// <summary>Some batches kept conflicting with concurrent writes (a team's round-robin cursor, a row's version) and were left as they were.</summary>
public sealed record EvaluationConflictError(string Message, int Skipped) : IUserError;
