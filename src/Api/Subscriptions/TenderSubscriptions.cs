using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Subscriptions.Outbox;

namespace SalesGraph.Api.Subscriptions;

/// <summary><c>tenderDecided</c>: new bid / no-bid decisions from every instance, for readers.</summary>
public sealed class TenderSubscriptions(TenderDecidedEventType decidedEvent) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.AddField(new FieldType
        {
            Name = "tenderDecided",
            Description = "A tender whose bid / no-bid decision, bid score or bid team changed (import, reevaluateTenders), on any instance.",
            ResolvedType = new NonNullGraphType(decidedEvent),
            Resolver = EventFields.EventItself,
            StreamResolver = new SourceStreamResolver<object?>(context =>
            {
                EventFields.Authorize(context);
                return new EventStream<TenderDecidedEvent>(context.RequestServices!.GetRequiredService<EventHub>(), EventTopics.TenderDecided,
                    (events, _) => ValueTask.FromResult(events));
            }),
        }).RequireRole(Roles.Reader);
}
