using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Errors;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>suggestPoints: the draft's AddPoints rules refitted on the train side, and the test side scored with the current and
/// with the suggested points. Saves nothing.</summary>
/// <param name="Current">Test-side figures with the draft's points.</param>
/// <param name="Suggested">Test-side figures with the suggested points.</param>
public sealed record PointsSuggestion(
    string? Split,
    int TrainLeads,
    int TrainConverted,
    int TestLeads,
    int TestConverted,
    double? Intercept,
    IReadOnlyList<SuggestedRulePoints> Rules,
    BacktestFigures? Current,
    BacktestFigures? Suggested,
    IReadOnlyList<RuleValidationError> Errors)
{
    public const int PointsToDoubleTheOdds = 20;

    public double L2 => LogisticFit.DefaultL2;

    /// <summary>The suggested points rank the test side better than the current ones (a higher test AUC).</summary>
    public bool BeatsCurrent => Current?.Auc is { } current && Suggested?.Auc is { } suggested && suggested > current;

    public string? Verdict => Current is null || Suggested is null ? null
        : BeatsCurrent
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the suggested points rank the held-out leads better: test AUC {Suggested.Auc:0.0000} against {Current.Auc:0.0000} with the current points")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the suggested points do not beat the current points on the held-out leads (test AUC {Suggested.Auc:0.0000} against {Current.Auc:0.0000}): keep the current points");

    public static PointsSuggestion Refused(IReadOnlyList<RuleValidationError> errors) => new(null, 0, 0, 0, 0, null, [], null, null, errors);
}
