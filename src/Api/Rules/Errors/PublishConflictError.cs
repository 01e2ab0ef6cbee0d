using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

/// <summary>Other publishes of the same rule set kept taking the next number; nothing was published.</summary>
public sealed record PublishConflictError(string Message) : IUserError;
