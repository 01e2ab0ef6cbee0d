using GraphQL.Types;
using SalesGraph.Api.Rules;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Scoring;

public sealed class LeadScoreType : ObjectGraphType<StoredLeadScore>
{
    public LeadScoreType()
    {
        Name = "LeadScore";
        Description = "The lead's score, grade, stage and route, with the rules that decided them.";
        Field(s => s.Total).Description("Fit + engagement.");
        Field(s => s.Fit);
        Field(s => s.Engagement).Description("After decay.");
        Field<EnumerationGraphType<LeadGrade>>("grade").Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<EnumerationGraphType<LeadStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(s => s.Version, nullable: true).Description("The lead-scoring rule-set version; null before the first evaluation.");
        Field(s => s.RoutingVersion, nullable: true).Description("The lead-routing rule-set version.");
        Field<LeadRouteType>("route").Description("Null when the lead is not routed to a team.").Resolve(c => c.Source.Team is null ? null : c.Source);
        Field(s => s.NurtureTrack, nullable: true);
        Field(s => s.ScoredAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoredHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}
