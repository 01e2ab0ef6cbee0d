using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>The intake of a batch: one item per submitted lead, in order, or a failure that refused the whole batch.</summary>
public sealed record LeadIntakeResult(IReadOnlyList<LeadIntakeItem> Items, IUserError? Failure)
{
    public IEnumerable<IUserError> Errors =>
        Failure is not null ? [Failure] : Items.SelectMany(i => i.Errors);
}
