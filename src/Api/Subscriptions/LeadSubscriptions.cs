using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Subscriptions;

/// <summary><c>leadRouted(team, rep)</c> and <c>leadScored(where)</c>: lead events from every instance, for readers and marketing.</summary>
public sealed class LeadSubscriptions(LeadEventType leadEvent) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.AddField(new FieldType
        {
            Name = "leadRouted",
            Description = "A lead routed to a new team or rep (intake, engagement, rescoring), on any instance; only this team's or rep's when given.",
            Arguments = new QueryArguments(
                new QueryArgument<IdGraphType> { Name = "team", Description = "Only leads routed to this team." },
                new QueryArgument<IdGraphType> { Name = "rep", Description = "Only leads assigned to this rep." }),
            ResolvedType = new NonNullGraphType(leadEvent),
            Resolver = EventFields.EventItself,
            StreamResolver = new SourceStreamResolver<object?>(context =>
                Stream(context, EventTopics.LeadRouted, EventFields.IdArgument(context, "team"), EventFields.IdArgument(context, "rep"), null)),
        }).RequireRole(Roles.Reader, Roles.Marketing);

        subscription.AddField(new FieldType
        {
            Name = "leadScored",
            Description = "A lead whose score, grade, stage or route is new or changed, on any instance; only leads that match where when given (checked on the lead's stored row).",
            Arguments = new QueryArguments(new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))) { Name = ShapingArguments.Where }),
            ResolvedType = new NonNullGraphType(leadEvent),
            Resolver = EventFields.EventItself,
            StreamResolver = new SourceStreamResolver<object?>(context =>
            {
                var where = (Expression<Func<Lead, bool>>?)FilterExpressions.Build(
                    FilterExpressions.Entity(context.Schema, typeof(Lead)), context.Arguments?[ShapingArguments.Where].Value, context.Schema);
                return Stream(context, EventTopics.LeadScored, null, null, where);
            }),
        }).RequireRole(Roles.Reader, Roles.Marketing);
    }

    private static EventStream<LeadEvent> Stream(IResolveFieldContext context, string topic, int? team, int? rep, Expression<Func<Lead, bool>>? where)
    {
        EventFields.Authorize(context);
        var services = context.RequestServices!;
        var scope = services.GetRequiredService<ILeadEventScope>().For(context.User!);
        var filter = new LeadEventFilter(services.GetRequiredService<IDbContextFactory<SalesDbContext>>(), team, rep, where, scope);
        return new EventStream<LeadEvent>(services.GetRequiredService<EventHub>(), topic, filter.SelectAsync);
    }
}
