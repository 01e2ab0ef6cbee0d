using SalesGraph.Data.Rules;
using EngineRuleHit = SalesGraph.Scoring.Engine.RuleHit;

namespace SalesGraph.Api.Rules;

/// <summary>Turns the engine's rule hits into the stored <see cref="RuleHit"/>s of a <see cref="ScoreResult"/>.</summary>
public static class ScoreResultRows
{
    public static List<RuleHit> Hits(IEnumerable<EngineRuleHit> hits) =>
        [.. hits.Select(h => new RuleHit
        {
            RuleId = h.RuleId,
            RuleName = h.RuleName.Length > 200 ? h.RuleName[..200] : h.RuleName,
            // The Scoring and Data enums list the same names in the same order.
            RuleSet = (RuleSetKind)(int)h.RuleSet,
            Points = h.Points,
            Effect = h.Effect.Length > 1000 ? h.Effect[..1000] : h.Effect,
            Applied = h.Applied,
            // The Scoring and Data enums list the same names in the same order.
            Reason = (RuleHitReason?)(int?)h.Reason,
        })];
}
