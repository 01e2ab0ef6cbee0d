using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>An enabled AddPoints rule of the draft: a column of the hit matrix.</summary>
public sealed record CalibrationRule(ScoringRule Row, RuleSpec Spec, AddPoints Points);
