using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed record RuleSetVersionNotFoundError(string Message, int Version) : IUserError;
