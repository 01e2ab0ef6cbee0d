using GraphQL.Types;

namespace SalesGraph.Api.Subscriptions;

/// <summary>A feature's root subscription fields; implementations are found by assembly scan.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
