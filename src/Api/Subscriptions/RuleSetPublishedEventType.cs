using GraphQL.Types;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Subscriptions;

public sealed class RuleSetPublishedEventType : ObjectGraphType<RuleSetPublishedEvent>
{
    public RuleSetPublishedEventType()
    {
        Name = "RuleSetPublishedEvent";
        Description = "A rule-set version was published, or an earlier one published again by a rollback.";
        Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Version);
        Field<IntGraphType>("rolledBackFrom").Description("The version a rollback published again.").Resolve(c => c.Source.RolledBackFrom);
        Field<NonNullGraphType<StringGraphType>>("publishedBy").Resolve(c => c.Source.PublishedBy);
        Field<NonNullGraphType<DateTimeGraphType>>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}
