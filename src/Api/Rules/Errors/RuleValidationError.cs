using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Errors;

/// <summary>A rule that does not parse, names an unknown member, or uses an action its rule set does not allow.</summary>
/// <param name="Part">"when", "then", "name" (or "ruleSet"/"id" when compiling a set).</param>
/// <param name="Position">1-based character position in the text, when known.</param>
public sealed record RuleValidationError(string Message, int? Position, string Part, string? RuleName = null) : IUserError
{
    public static RuleValidationError From(RuleError error) => new(error.Message, error.Position, error.Part, error.RuleName);
}
