using GraphQL.Types;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Accounts.Scoring;

/// <summary>The strategies an account can be tagged with (the stored flags, without None).</summary>
public sealed class CustomerStrategyType : EnumerationGraphType
{
    public CustomerStrategyType()
    {
        Name = "CustomerStrategy";
        Description = "A relationship strategy the customer-strategy rules tagged an account with.";
        Add("ACQUIRE", CustomerStrategy.Acquire);
        Add("RETAIN", CustomerStrategy.Retain);
        Add("DEVELOP", CustomerStrategy.Develop);
        Add("WIN_BACK", CustomerStrategy.WinBack);
        Add("REDUCE", CustomerStrategy.Reduce);
    }

    public static IReadOnlyList<CustomerStrategy> Split(CustomerStrategy flags) =>
        [.. Enum.GetValues<CustomerStrategy>().Where(s => s != CustomerStrategy.None && flags.HasFlag(s))];
}
