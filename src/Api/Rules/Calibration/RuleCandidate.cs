using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>A suggested rule: a condition over a field no enabled rule uses, with how it separates on train and holds up on test.
/// <see cref="Name"/>, <see cref="When"/>, <see cref="Dimension"/> and <see cref="Points"/> are a createScoringRule input as is.</summary>
/// <param name="WeightOfEvidence">ln(share of converted leads it holds / share of other leads it holds), on train (+0.5 smoothing).</param>
/// <param name="InformationValue">This bin's part of the field's IV: (converted share − other share) × WoE.</param>
/// <param name="FieldInformationValue">The IV of the field over all its bins (levels or quantile bins, the rest as one bin).</param>
/// <param name="Points">The points the rule gets when fitted together with the existing AddPoints rules (20 points double the odds).</param>
public sealed record RuleCandidate(
    string Field,
    string Name,
    string When,
    ScoreDimension Dimension,
    int Points,
    double Coefficient,
    int TrainHits,
    int TrainConverted,
    double WeightOfEvidence,
    double InformationValue,
    double FieldInformationValue,
    double TrainLift,
    int TestHits,
    int TestConverted,
    double? TestLift)
{
    public double TrainConversion => TrainHits == 0 ? 0 : (double)TrainConverted / TrainHits;
}
