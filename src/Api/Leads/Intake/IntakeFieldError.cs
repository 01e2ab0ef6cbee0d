using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>A refused input value: where it is (<c>leads[3].email</c>), what is wrong, and a stable code.</summary>
/// <param name="Index">The lead's (or event's) position in the batch.</param>
public sealed record IntakeFieldError(int Index, string Path, string Code, string Message) : IUserError;
