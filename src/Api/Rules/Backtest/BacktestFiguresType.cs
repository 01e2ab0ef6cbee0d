using GraphQL.Types;

namespace SalesGraph.Api.Rules.Backtest;

public sealed class BacktestFiguresType : ObjectGraphType<BacktestFigures>
{
    public BacktestFiguresType()
    {
        Name = "BacktestFigures";
        Field(f => f.Version).Description("0 for the draft.");
        Field(f => f.Evaluated).Description("Leads with a known outcome.");
        Field(f => f.Positives).Description("Of which converted.");
        Field(f => f.Auc, nullable: true).Description("ROC AUC (Mann–Whitney, ties count one half); null without both outcomes.");
        Field(f => f.AucLower, nullable: true).Description("Lower end of the 95 % DeLong interval of the AUC.");
        Field(f => f.AucUpper, nullable: true).Description("Upper end of the 95 % DeLong interval of the AUC.");
        Field(f => f.Gini, nullable: true).Description("2 × AUC − 1.");
        Field(f => f.Ks, nullable: true).Description("Kolmogorov–Smirnov: the largest gap between the shares of converted and other leads above a score cut.");
        Field(f => f.DistinctScores).Description("How many different scores the leads got (few means coarse ranking and many ties).");
        Field(f => f.ConversionAtTop10, nullable: true).Description("Conversion among the top-scoring 10 %, a tie group on the cut counted pro rata.");
        Field(f => f.LiftAtTop10, nullable: true).Description("conversionAtTop10 over the overall conversion.");
        Field("conversionByGrade", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("GradeConversion", "grade"))))).Resolve(c => c.Source.ByGrade);
        Field("conversionByDecile", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("DecileConversion", "decile")))))
            .Description("Decile 1 is the top-scoring tenth, in whole leads (a tie on a decile boundary is split in id order).").Resolve(c => c.Source.ByDecile);
        Field(f => f.TopDecileLift, nullable: true).Description("The same as liftAtTop10.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RocPointType>>>>("roc")
            .Description("The ROC curve, one point per distinct score from (0, 0) to (1, 1); empty without both outcomes.").Resolve(c => c.Source.Roc);
        Field("conversionByStage", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("StageConversion", "stage")))))
            .Description("Conversion per lead stage this version gives.").Resolve(c => c.Source.ByStage);
        Field("conversionByRoute", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("RouteConversion", "route")))))
            .Description("Conversion per route this version gives: team, \"nurture: track\" or \"(none)\".").Resolve(c => c.Source.ByRoute);
        Field<BacktestFiguresType>("train").Description("With a split: the figures over the train side.").Resolve(c => c.Source.Train);
        Field<BacktestFiguresType>("test").Description("With a split: the figures over the held-out side.").Resolve(c => c.Source.Test);
        Field(f => f.ScorePsi, nullable: true).Description("With a split: population stability index of the score, test against train (bins at the train deciles; < 0.1 stable, > 0.25 shifted).");
    }
}
