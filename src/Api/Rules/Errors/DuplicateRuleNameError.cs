using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed record DuplicateRuleNameError(string Message, string Name) : IUserError
{
    public static DuplicateRuleNameError For(string name) => new($"the rule set already has a rule named '{name}'", name);
}
