using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>An engagement event names a lead that does not exist; the event was not recorded.</summary>
public sealed record UnknownLeadError(int Index, string Path, string Message) : IUserError;
