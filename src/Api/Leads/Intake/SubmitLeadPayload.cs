using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed record SubmitLeadPayload(LeadIntakeEntry? Entry, IReadOnlyList<IUserError> Errors);
