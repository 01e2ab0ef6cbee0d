using GraphQL.Types;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Errors;

namespace SalesGraph.Api.Rules.Calibration;

public sealed class PointsSuggestionType : ObjectGraphType<PointsSuggestion>
{
    public PointsSuggestionType()
    {
        Name = "PointsSuggestion";
        Field(s => s.Split, nullable: true).Description("The split in words.");
        Field(s => s.TrainLeads);
        Field(s => s.TrainConverted);
        Field(s => s.TestLeads);
        Field(s => s.TestConverted);
        Field<NonNullGraphType<IntGraphType>>("pointsToDoubleTheOdds").Description("The scorecard scale: this many points double the odds of converting.").Resolve(_ => PointsSuggestion.PointsToDoubleTheOdds);
        Field(s => s.L2).Description("Ridge strength of the fit (a N(0, 1/L2) prior on each coefficient).");
        Field(s => s.Intercept, nullable: true).Description("Log-odds of a lead no rule hits (not turned into points).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedRulePointsType>>>>("rules").Resolve(c => c.Source.Rules);
        Field<BacktestFiguresType>("current").Description("Test-side figures with the draft's points.").Resolve(c => c.Source.Current);
        Field<BacktestFiguresType>("suggested").Description("Test-side figures with the suggested points.").Resolve(c => c.Source.Suggested);
        Field(s => s.BeatsCurrent).Description("The suggested points give a higher test AUC than the current ones.");
        Field(s => s.Verdict, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleValidationErrorType>>>>("errors")
            .Description("Why there is no suggestion; part names the argument.").Resolve(c => c.Source.Errors);
    }
}
