namespace SalesGraph.Api.Leads.Intake;

/// <summary>The intake of one submitted lead: accepted (with its lead id, replay/update flags, match and outcome) or refused with errors.</summary>
/// <param name="Replayed">The (source, externalId) was already known: the existing lead is returned, no second one is made.</param>
/// <param name="Updated">The submission changed the lead's fields, so it was saved and re-scored.</param>
public sealed record LeadIntakeItem(
    int Index,
    int? LeadId,
    bool Replayed,
    bool Updated,
    LeadMatch? Match,
    IntakeOutcome? Outcome,
    IReadOnlyList<IntakeFieldError> Errors)
{
    public bool Accepted => LeadId is not null;
}
