using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The per-event fields shared by <c>RecordEngagementPayload</c> and <c>EngagementIntakeResult</c>.</summary>
public static class EngagementFields
{
    public static void AddTo<T>(ObjectGraphType<T> type, Func<T, EngagementIntakeEntry?> entry)
    {
        type.Field<IdGraphType>("engagementId").Resolve(c => entry(c.Source)?.Item.EngagementId);
        type.Field<LeadType>("lead").Description("The lead the event was recorded on, after re-scoring.").Resolve(c => entry(c.Source)?.Lead);
        type.Field<LeadOutcomeType>("outcome").Resolve(c => entry(c.Source)?.Item.Outcome);
    }
}
