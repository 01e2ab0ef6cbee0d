using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The batch carries more leads or events than <see cref="IntakeOptions.MaxBatchSize"/>; nothing of it was processed.</summary>
public sealed record BatchTooLargeError(int Received, int MaxBatchSize) : IUserError
{
    public string Message => $"The batch has {Received} entries; at most {MaxBatchSize} are accepted per call. Nothing was written.";
}
