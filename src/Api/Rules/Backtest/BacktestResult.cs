using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Backtest;

/// <param name="Note">What the figures can and cannot show for this kind (e.g. routing does not change scores).</param>
public sealed record BacktestResult(RuleSetKind Kind, BacktestFigures? Draft, BacktestFigures? Published, string? Note, IReadOnlyList<RuleValidationError> Errors)
{
    /// <summary>The split in words, when one was asked for.</summary>
    public string? Split { get; init; }
}
