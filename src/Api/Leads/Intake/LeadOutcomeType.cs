using GraphQL.Types;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

public sealed class LeadOutcomeType : ObjectGraphType<IntakeOutcome>
{
    public LeadOutcomeType()
    {
        Name = "LeadOutcome";
        Description = "What the rules decided about the lead, and why.";
        Field(o => o.Score);
        Field(o => o.Fit);
        Field(o => o.Engagement);
        Field(o => o.Grade, type: typeof(EnumerationGraphType<LeadGrade>));
        Field(o => o.Stage, type: typeof(NonNullGraphType<EnumerationGraphType<LeadStage>>));
        Field(o => o.Route, nullable: true).Description("The team the lead is routed to.");
        Field(o => o.FollowUpDueAt, nullable: true);
        Field(o => o.NurtureTrack, nullable: true);
        Field(o => o.RuleVersion, nullable: true).Description("The scoring rule-set version that scored it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeadOutcomeHitType>>>>("explanation").Resolve(c => c.Source.Explanation);
    }
}
