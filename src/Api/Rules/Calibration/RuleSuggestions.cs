using SalesGraph.Api.Rules.Errors;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>suggestRules: candidate rules, best information value first. Saves nothing.</summary>
/// <param name="UsedFields">Fields an enabled scoring rule already tests (left out).</param>
public sealed record RuleSuggestions(string? Split, int TrainLeads, int TrainConverted, int TestLeads, int TestConverted, int MinimumCount,
    IReadOnlyList<string> UsedFields, IReadOnlyList<string> ConsideredFields, IReadOnlyList<RuleCandidate> Candidates, IReadOnlyList<RuleValidationError> Errors)
{
    public static RuleSuggestions Refused(IReadOnlyList<RuleValidationError> errors) => new(null, 0, 0, 0, 0, 0, [], [], [], errors);
}
