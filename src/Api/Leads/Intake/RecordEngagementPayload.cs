using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed record RecordEngagementPayload(EngagementIntakeEntry? Entry, IReadOnlyList<IUserError> Errors);
