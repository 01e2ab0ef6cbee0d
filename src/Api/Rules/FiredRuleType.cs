using GraphQL.Types;

namespace SalesGraph.Api.Rules;

/// <summary>The rule of a hit: its id (null when the rule row is gone) and the name it had when it fired.</summary>
public sealed class FiredRuleType : ObjectGraphType<StoredHit>
{
    public FiredRuleType()
    {
        Name = "FiredRule";
        Field<IntGraphType>("id").Resolve(c => c.Source.RuleId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.RuleName);
    }
}
