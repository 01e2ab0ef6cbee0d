namespace SalesGraph.Api.Rules.Backtest;

/// <summary>One lead with a known outcome as one version scored, staged and routed it.</summary>
/// <param name="Route">The team, "nurture: track" or "(none)".</param>
/// <param name="Test">On the held-out side of the split (false without a split).</param>
public sealed record BacktestLead(int Score, string Grade, string Stage, string Route, bool Converted, bool Test = false);
