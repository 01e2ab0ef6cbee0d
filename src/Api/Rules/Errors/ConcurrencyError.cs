using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

/// <summary>Someone else changed the rule since it was read: reload it (at <paramref name="CurrentVersion"/>) and edit again.</summary>
public sealed record ConcurrencyError(string Message, int CurrentVersion) : IUserError
{
    public static ConcurrencyError For(int expected, int current) =>
        new($"the rule was changed by someone else (you edited version {expected}, it is now at version {current}); reload it and apply your change again", current);
}
