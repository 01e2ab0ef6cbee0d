using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules;

/// <summary>The payload of the rescoring mutations.</summary>
public sealed record EvaluationPayload(EvaluationRun Run)
{
    public IReadOnlyList<IUserError>? Errors => Run.Skipped == 0
        ? null
        : [new EvaluationConflictError($"{Run.Skipped} were left as they were because concurrent writes kept conflicting; run again.", Run.Skipped)];
}
