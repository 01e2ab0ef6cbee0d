using GraphQL.Types;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Backtest;

public sealed class BacktestType : ObjectGraphType<BacktestResult>
{
    public BacktestType()
    {
        Name = "RuleSetBacktest";
        Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<BacktestFiguresType>("draft").Resolve(c => c.Source.Draft);
        Field<BacktestFiguresType>("published").Resolve(c => c.Source.Published);
        Field(r => r.Split, nullable: true).Description("The split in words, when one was asked for.");
        Field(r => r.Note, nullable: true).Description("What the figures can and cannot show for this kind.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleValidationErrorType>>>>("errors")
            .Description("Why there are no figures: the draft does not compile, or the kind has no known outcome to measure against.").Resolve(c => c.Source.Errors);
    }
}
