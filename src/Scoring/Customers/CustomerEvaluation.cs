using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Customers;

/// <summary>The strategy outcome of one account: the computed tier, stage, NPS and lifetime value, and the strategy tags the rules set.</summary>
public sealed record CustomerEvaluation(
    int AccountId,
    CustomerPyramidTier PyramidTier,
    RelationshipStage RelationshipStage,
    decimal? Nps,
    decimal LifetimeValue,
    IReadOnlyList<StrategyTag> Strategies,
    int Version,
    IReadOnlyList<RuleHit> Hits);
