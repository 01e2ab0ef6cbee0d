using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <param name="Rules">The draft rows whose points changed; empty when nothing was applied.</param>
public sealed record ApplyPointsResult(PointsSuggestion? Suggestion, IReadOnlyList<ScoringRule> Rules, IReadOnlyList<IUserError> Errors)
{
    public bool Applied => Errors.Count == 0 && Suggestion is { BeatsCurrent: true };
}
