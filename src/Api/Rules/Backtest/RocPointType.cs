using GraphQL.Types;

namespace SalesGraph.Api.Rules.Backtest;

public sealed class RocPointType : ObjectGraphType<RocPoint>
{
    public RocPointType()
    {
        Name = "RocPoint";
        Description = "A point of the ROC curve: the rates when every lead scoring at least threshold is called a conversion.";
        Field(p => p.Threshold).Description("The score; the first point (nothing called) has the highest score + 1.");
        Field(p => p.FalsePositiveRate);
        Field(p => p.TruePositiveRate);
    }
}
