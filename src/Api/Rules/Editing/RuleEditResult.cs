using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Editing;

/// <summary>The rule after a write, or why nothing was written.</summary>
public sealed record RuleEditResult(ScoringRule? Rule, IReadOnlyList<IUserError> Errors)
{
    public static RuleEditResult Refused(params IUserError[] errors) => new(null, errors);
}
