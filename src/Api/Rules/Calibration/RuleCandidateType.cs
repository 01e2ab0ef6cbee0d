using GraphQL.Types;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

public sealed class RuleCandidateType : ObjectGraphType<RuleCandidate>
{
    public RuleCandidateType()
    {
        Name = "RuleCandidate";
        Description = "A suggested rule: name, when, dimension and points go into createScoringRule as they are.";
        Field(c => c.Field).Description("The field it tests.");
        Field(c => c.Name);
        Field(c => c.When).Description("The condition, in the rule language.");
        Field<NonNullGraphType<EnumerationGraphType<ScoreDimension>>>("dimension").Resolve(c => c.Source.Dimension);
        Field(c => c.Points).Description("Its points when fitted together with the existing addPoints rules on train (20 points double the odds).");
        Field(c => c.Coefficient).Description("Its log-odds coefficient in that fit.");
        Field(c => c.TrainHits);
        Field(c => c.TrainConverted);
        Field(c => c.TrainConversion);
        Field(c => c.WeightOfEvidence).Description("ln(share of converted / share of other train leads it holds), counts +0.5.");
        Field(c => c.InformationValue).Description("This bin's part of the field's information value.");
        Field(c => c.FieldInformationValue).Description("The field's information value over all its bins (< 0.02 useless, 0.1–0.3 medium, > 0.3 strong).");
        Field(c => c.TrainLift).Description("Conversion of its train leads over the train rate.");
        Field(c => c.TestHits);
        Field(c => c.TestConverted);
        Field(c => c.TestLift, nullable: true).Description("Conversion of its test leads over the test rate; null when it holds no test lead.");
    }
}
