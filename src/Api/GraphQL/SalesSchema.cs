using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.GraphQL.Paging;
using SalesGraph.Api.Subscriptions;

namespace SalesGraph.Api.GraphQL;

public sealed class SalesSchema : Schema
{
    public SalesSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription, IEnumerable<IEntityGraphType> entityTypes)
        : base(services)
    {
        Query = query;
        if (mutation.Fields.Count > 0)
        {
            Mutation = mutation;
            RegisterType(new ErrorInterfaceType());
        }

        if (subscription.Fields.Count > 0)
        {
            Subscription = subscription;
        }

        var entities = entityTypes.ToList();
        foreach (var type in entities.Cast<IGraphType>().Concat(ConventionTypes.Create(entities)).Append(new PageInfoType()))
        {
            RegisterType(type);
        }
    }
}
