using GraphQL.Types;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

public sealed class SuggestedRulePointsType : ObjectGraphType<SuggestedRulePoints>
{
    public SuggestedRulePointsType()
    {
        Name = "SuggestedRulePoints";
        Field(r => r.RuleId);
        Field(r => r.Name);
        Field(r => r.Version).Description("The rule's version the suggestion read.");
        Field<NonNullGraphType<EnumerationGraphType<ScoreDimension>>>("dimension").Resolve(c => c.Source.Dimension);
        Field(r => r.CurrentPoints);
        Field(r => r.SuggestedPoints).Description("Coefficient × 20 / ln 2 (20 points double the odds), rounded; the current points when the rule hit no train lead.");
        Field(r => r.Coefficient, nullable: true).Description("Log-odds coefficient of the fit; null when the rule hit no train lead.");
        Field(r => r.TrainHits).Description("Train leads the rule hit.");
        Field(r => r.TrainConverted).Description("Of which converted.");
        Field(r => r.TrainConversion);
    }
}
