using GraphQL.Types;
using SalesGraph.Api.Rules;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>A rule that fired for the lead and what it contributed.</summary>
public sealed class LeadOutcomeHitType : ObjectGraphType<RuleHit>
{
    public LeadOutcomeHitType()
    {
        Name = "LeadOutcomeHit";
        Field<NonNullGraphType<StringGraphType>>("rule").Resolve(c => c.Source.RuleName);
        Field(h => h.RuleId, nullable: true);
        Field(h => h.Points);
        Field(h => h.Applied).Description("Whether the hit counted: its action was taken, its points are part of the score.");
        Field<RuleHitReasonType>("reason").Description("Why the hit did not count; null when applied.").Resolve(c => c.Source.Reason);
        Field(h => h.Effect, nullable: true);
    }
}
