using GraphQL.Types;

namespace SalesGraph.Api.Subscriptions;

/// <summary>The subscription root, served over WebSocket (graphql-transport-ws) on the GraphQL path.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        foreach (var feature in features.OrderBy(f => f.GetType().Name, StringComparer.Ordinal))
        {
            feature.AddTo(this);
        }
    }
}
