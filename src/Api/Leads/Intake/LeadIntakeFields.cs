using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The per-lead fields shared by <c>SubmitLeadPayload</c> and <c>LeadIntakeResult</c>.</summary>
public static class LeadIntakeFields
{
    public static void AddTo<T>(ObjectGraphType<T> type, Func<T, LeadIntakeEntry?> entry)
    {
        type.Field<LeadType>("lead").Description("The lead, new or existing; null when refused.").Resolve(c => entry(c.Source)?.Lead);
        type.Field<NonNullGraphType<BooleanGraphType>>("replayed")
            .Description("The (source, externalId) was already known: this is the existing lead, no second one was made.")
            .Resolve(c => entry(c.Source)?.Item.Replayed ?? false);
        type.Field<NonNullGraphType<BooleanGraphType>>("updated")
            .Description("The submission changed the existing lead's fields; it was saved and re-scored.")
            .Resolve(c => entry(c.Source)?.Item.Updated ?? false);
        type.Field<LeadMatchType>("match").Resolve(c => entry(c.Source) is { Item.Match: not null } e ? e : null);
        type.Field<LeadOutcomeType>("outcome").Description("Score, grade, stage, route and the rules that fired.").Resolve(c => entry(c.Source)?.Item.Outcome);
    }
}
