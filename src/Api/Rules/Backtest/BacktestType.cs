using GraphQL.Types;
using SalesGraph.Api.Rules.Errors;

namespace SalesGraph.Api.Rules.Backtest;

public sealed class BacktestType : ObjectGraphType<BacktestResult>
{
    public BacktestType()
    {
        Name = "RuleSetBacktest";
        Field<BacktestFiguresType>("draft").Resolve(c => c.Source.Draft);
        Field<BacktestFiguresType>("published").Resolve(c => c.Source.Published);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleValidationErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}
