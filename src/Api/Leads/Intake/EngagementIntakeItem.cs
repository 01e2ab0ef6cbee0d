using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The recording of one event: accepted (the lead it was recorded on, re-scored) or refused with errors.</summary>
public sealed record EngagementIntakeItem(int Index, int? LeadId, long? EngagementId, IntakeOutcome? Outcome, IReadOnlyList<IUserError> Errors)
{
    public bool Accepted => EngagementId is not null;
}
