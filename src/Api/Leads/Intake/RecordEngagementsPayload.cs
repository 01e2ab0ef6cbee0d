using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed record RecordEngagementsPayload(IReadOnlyList<EngagementIntakeEntry> Results, IReadOnlyList<IUserError> Errors);
