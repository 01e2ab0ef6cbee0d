using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The database refused the batch; the transaction was rolled back and nothing was written.</summary>
public sealed record IntakeFailedError(string Message) : IUserError;
