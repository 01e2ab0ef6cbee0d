using GraphQL.Types;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Subscriptions;

public sealed class TenderDecidedEventType : ObjectGraphType<TenderDecidedEvent>
{
    public TenderDecidedEventType()
    {
        Name = "TenderDecidedEvent";
        Description = "The tender rules came to a new bid / no-bid decision, bid score or bid team for a tender.";
        Field<NonNullGraphType<IntGraphType>>("tenderId").Resolve(c => c.Source.TenderId);
        Field<NonNullGraphType<StringGraphType>>("ocid").Resolve(c => c.Source.Ocid);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("buyer").Resolve(c => c.Source.Buyer);
        Field<NonNullGraphType<EnumerationGraphType<BidDecision>>>("decision").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<IntGraphType>>("bidScore").Resolve(c => c.Source.BidScore);
        Field<IntGraphType>("teamId").Resolve(c => c.Source.TeamId);
        Field<StringGraphType>("team").Resolve(c => c.Source.Team);
        Field<DateTimeGraphType>("deadlineAt").Resolve(c => c.Source.DeadlineAt);
        Field<IntGraphType>("ruleVersion").Resolve(c => c.Source.RuleVersion);
        Field<NonNullGraphType<DateTimeGraphType>>("evaluatedAt").Resolve(c => c.Source.EvaluatedAt);
    }
}
