using GraphQL.Types;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary><c>RuleHit { rule { id name } ruleSet version points applied reason effect }</c>.</summary>
public sealed class StoredHitType : ObjectGraphType<StoredHit>
{
    public StoredHitType()
    {
        Name = "RuleHit";
        Description = "A rule that fired and what it contributed (points after caps and decay: the applied hits of a score add up to it).";
        Field<NonNullGraphType<FiredRuleType>>("rule").Resolve(c => c.Source);
        Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("ruleSet").Resolve(c => c.Source.RuleSet);
        Field(h => h.Version).Description("The rule-set version the rule fired in.");
        Field(h => h.Points);
        Field(h => h.Applied).Description("Whether the hit counted: its action was taken, its points are part of the total.");
        Field<RuleHitReasonType>("reason").Description("Why the hit did not count; null when applied.").Resolve(c => c.Source.Reason);
        Field(h => h.Effect, nullable: true).Description("What the rule did, in words.");
    }
}
