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
        Field(f => f.Auc, nullable: true).Description("ROC AUC (Mann–Whitney, ties averaged); null without both outcomes.");
        Field("conversionByGrade", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("GradeConversion", "grade"))))).Resolve(c => c.Source.ByGrade);
        Field("conversionByDecile", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("DecileConversion", "decile"))))).Resolve(c => c.Source.ByDecile);
        Field(f => f.TopDecileLift, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RocPointType>>>>("roc")
            .Description("The ROC curve, one point per distinct score from (0, 0) to (1, 1); empty without both outcomes.").Resolve(c => c.Source.Roc);
        Field("conversionByStage", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("StageConversion", "stage")))))
            .Description("Conversion per lead stage this version gives.").Resolve(c => c.Source.ByStage);
        Field("conversionByRoute", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new ConversionRateType("RouteConversion", "route")))))
            .Description("Conversion per route this version gives: team, \"nurture: track\" or \"(none)\".").Resolve(c => c.Source.ByRoute);
    }
}
