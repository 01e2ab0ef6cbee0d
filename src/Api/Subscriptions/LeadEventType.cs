using GraphQL.Types;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Subscriptions;

public sealed class LeadEventType : ObjectGraphType<LeadEvent>
{
    public LeadEventType()
    {
        Name = "LeadEvent";
        Description = "A lead as a rule run left it: score, grade, stage, route and follow-up deadline. No personal fields: query lead(id) for them.";
        Field<NonNullGraphType<IntGraphType>>("leadId").Resolve(c => c.Source.LeadId);
        Field<NonNullGraphType<EnumerationGraphType<LeadSource>>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("externalId").Resolve(c => c.Source.ExternalId);
        Field<StringGraphType>("company").Resolve(c => c.Source.Company);
        Field<StringGraphType>("country").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("fit").Resolve(c => c.Source.Fit);
        Field<NonNullGraphType<IntGraphType>>("engagement").Resolve(c => c.Source.Engagement);
        Field<EnumerationGraphType<LeadGrade>>("grade").Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<EnumerationGraphType<LeadStage>>>("stage").Resolve(c => c.Source.Stage);
        Field<IntGraphType>("teamId").Description("The team the lead is routed to.").Resolve(c => c.Source.TeamId);
        Field<StringGraphType>("team").Resolve(c => c.Source.Team);
        Field<IntGraphType>("repId").Description("The rep round robin picked; null when every rep of the team is at capacity.").Resolve(c => c.Source.RepId);
        Field<StringGraphType>("rep").Resolve(c => c.Source.Rep);
        Field<DateTimeGraphType>("followUpDueAt").Description("The follow-up deadline (SLA).").Resolve(c => c.Source.FollowUpDueAt);
        Field<StringGraphType>("nurtureTrack").Resolve(c => c.Source.NurtureTrack);
        Field<IntGraphType>("ruleVersion").Description("The lead-scoring rule-set version that scored it.").Resolve(c => c.Source.RuleVersion);
        Field<NonNullGraphType<DateTimeGraphType>>("scoredAt").Resolve(c => c.Source.ScoredAt);
    }
}
