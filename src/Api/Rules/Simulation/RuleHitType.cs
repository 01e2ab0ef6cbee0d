using GraphQL.Types;
using SalesGraph.Scoring.Engine;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>A rule that fired in a simulated evaluation and what it contributed.</summary>
public sealed class RuleHitType : ObjectGraphType<RuleHit>
{
    public RuleHitType()
    {
        Name = "SimulatedRuleHit";
        Field(h => h.RuleId);
        Field(h => h.RuleName);
        Field(h => h.Points);
        Field(h => h.Applied);
        Field<RuleHitReasonType>("reason").Description("Why the hit did not count; null when applied.").Resolve(c => RuleHitReasonType.From(c.Source.Reason));
        Field(h => h.Effect);
    }
}
