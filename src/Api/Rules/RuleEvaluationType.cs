using GraphQL.Types;

namespace SalesGraph.Api.Rules;

public sealed class RuleEvaluationType : ObjectGraphType<RuleEvaluationView>
{
    public RuleEvaluationType()
    {
        Name = "RuleEvaluation";
        Description = "The newest evaluation by the rules: the rule-set version, the points and the rules that fired.";
        Field(e => e.Version);
        Field(e => e.Total).Description("Points (bid points for a tender; 0 for account tagging).");
        Field(e => e.EvaluatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoredHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}
