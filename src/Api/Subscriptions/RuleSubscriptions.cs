using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Subscriptions;

/// <summary><c>ruleSetPublished(kind)</c>: publishes and rollbacks from every instance, for readers of the rules (reader, ops, admin).</summary>
public sealed class RuleSubscriptions(RuleSetPublishedEventType publishedEvent) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.AddField(new FieldType
        {
            Name = "ruleSetPublished",
            Description = "A rule-set version published or rolled back, on any instance; only this rule set's when kind is given.",
            Arguments = new QueryArguments(new QueryArgument<EnumerationGraphType<RuleSetKind>> { Name = "kind" }),
            ResolvedType = new NonNullGraphType(publishedEvent),
            Resolver = EventFields.EventItself,
            StreamResolver = new SourceStreamResolver<object?>(context =>
            {
                EventFields.Authorize(context);
                var kind = context.GetArgument<RuleSetKind?>("kind");
                return new EventStream<RuleSetPublishedEvent>(context.RequestServices!.GetRequiredService<EventHub>(), EventTopics.RuleSetPublished,
                    (events, _) => ValueTask.FromResult<IReadOnlyList<RuleSetPublishedEvent>>(kind is null ? events : [.. events.Where(e => e.Kind == kind)]));
            }),
        }).RequireRole(Roles.Reader);
}
