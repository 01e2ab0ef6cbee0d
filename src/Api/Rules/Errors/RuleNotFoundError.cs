using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed record RuleNotFoundError(string Message, int Id) : IUserError
{
    public static RuleNotFoundError For(int id) => new($"there is no rule with id {id}", id);
}
