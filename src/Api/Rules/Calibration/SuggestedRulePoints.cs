using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>One AddPoints rule's current and fitted points, with its hits and their conversion on the train side.</summary>
/// <param name="Coefficient">Its log-odds coefficient; null when it hit no train lead (then the suggestion keeps its points).</param>
public sealed record SuggestedRulePoints(int RuleId, string Name, int Version, ScoreDimension Dimension, int CurrentPoints, int SuggestedPoints, double? Coefficient, int TrainHits, int TrainConverted)
{
    public double TrainConversion => TrainHits == 0 ? 0 : (double)TrainConverted / TrainHits;
}
