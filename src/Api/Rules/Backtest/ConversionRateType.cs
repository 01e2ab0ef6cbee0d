using GraphQL.Types;

namespace SalesGraph.Api.Rules.Backtest;

public sealed class ConversionRateType : ObjectGraphType<ConversionRate>
{
    public ConversionRateType(string name, string groupField)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>(groupField).Resolve(c => c.Source.Group);
        Field(r => r.Leads);
        Field(r => r.Converted);
        Field(r => r.Rate);
    }
}
