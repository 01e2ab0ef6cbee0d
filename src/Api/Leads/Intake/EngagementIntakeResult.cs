using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed record EngagementIntakeResult(IReadOnlyList<EngagementIntakeItem> Items, IUserError? Failure)
{
    public IEnumerable<IUserError> Errors =>
        Failure is not null ? [Failure] : Items.SelectMany(i => i.Errors);
}
