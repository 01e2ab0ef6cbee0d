using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed record SubmitLeadsPayload(IReadOnlyList<LeadIntakeEntry> Results, IReadOnlyList<IUserError> Errors);
