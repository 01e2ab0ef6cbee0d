using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>The draft next to the published version over stored subjects: how many changed, the distributions, a page of changes.</summary>
public sealed record SimulationResult(
    RuleSetKind Kind,
    int PublishedVersion,
    int Evaluated,
    int Changed,
    Distribution Before,
    Distribution After,
    IReadOnlyList<SubjectChange> Changes,
    IReadOnlyList<RuleValidationError> Errors)
{
    public static SimulationResult Refused(RuleSetKind kind, int publishedVersion, IReadOnlyList<RuleValidationError> errors) =>
        new(kind, publishedVersion, 0, 0, new Distribution(), new Distribution(), [], errors);
}
