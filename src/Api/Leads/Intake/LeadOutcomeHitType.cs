using GraphQL.Types;
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
        Field(h => h.Effect, nullable: true);
    }
}
