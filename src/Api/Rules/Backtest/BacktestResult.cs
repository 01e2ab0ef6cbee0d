using SalesGraph.Api.Rules.Errors;

namespace SalesGraph.Api.Rules.Backtest;

public sealed record BacktestResult(BacktestFigures? Draft, BacktestFigures? Published, IReadOnlyList<RuleValidationError> Errors);
