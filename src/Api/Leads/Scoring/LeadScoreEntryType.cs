using GraphQL.Types;
using SalesGraph.Api.Rules;

namespace SalesGraph.Api.Leads.Scoring;

public sealed class LeadScoreEntryType : ObjectGraphType<LeadScoreEntry>
{
    public LeadScoreEntryType()
    {
        Name = "LeadScoreEntry";
        Description = "A stored score result of a lead: a row is kept whenever the result changed (rescoring unchanged data adds none).";
        Field(e => e.Id, type: typeof(NonNullGraphType<LongGraphType>));
        Field(e => e.Version).Description("The lead-scoring rule-set version.");
        Field(e => e.RoutingVersion, nullable: true).Description("The lead-routing rule-set version.");
        Field(e => e.Total);
        Field(e => e.Fit);
        Field(e => e.Engagement).Description("After decay, at the time of the evaluation.");
        Field(e => e.Grade, nullable: true);
        Field(e => e.Stage, nullable: true);
        Field(e => e.Route, nullable: true).Description("The team the lead was routed to.");
        Field(e => e.EvaluatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoredHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}
