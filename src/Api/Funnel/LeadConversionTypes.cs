using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Funnel;

public sealed class LeadConversionResultType : ObjectGraphType<LeadConversionResult>
{
    public LeadConversionResultType()
    {
        Name = "LeadConversion";
        Description = "Where leads convert, per segment; see docs/funnel.md for the definitions.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeadConversionSegmentType>>>>("segments")
            .Description("One per combination of the groupings that has leads, ordered by the keys; none when the filter selects nothing.")
            .Resolve(c => c.Source.Segments);
        this.ErrorsField("leadConversion", r => r.Errors, typeof(AnalyticsArgumentErrorType));
    }
}

public sealed class LeadConversionSegmentType : ObjectGraphType<LeadConversionSegment>
{
    public LeadConversionSegmentType()
    {
        Name = "LeadConversionSegment";
        Field<NonNullGraphType<LeadConversionKeyType>>("key").Resolve(c => c.Source.Key);
        Field(s => s.Leads);
        Field(s => s.Mql).Description("Leads that reached MQL: stage MQL or SQL, or turned into an opportunity.");
        Field(s => s.Sql).Description("Leads that reached SQL: stage SQL, or turned into an opportunity.");
        Field(s => s.Opportunities).Description("Leads that turned into an opportunity.");
        Field(s => s.Won).Description("Leads whose opportunity was won, or whose known outcome says they became a customer.");
        Field(s => s.MqlRate, nullable: true).Description("mql / leads.");
        Field(s => s.SqlRate, nullable: true).Description("sql / leads.");
        Field(s => s.OpportunityRate, nullable: true).Description("opportunities / leads.");
        Field(s => s.WinRate, nullable: true).Description("won / leads.");
        Field(s => s.FollowUpsDue).Description("Leads with a follow-up deadline (routed to a team with an SLA).");
        Field(s => s.FollowedUp).Description("Leads followed up at least once.");
        Field(s => s.SlaBreaches).Description("Leads followed up after their deadline, or not yet and past it.");
        Field(s => s.MedianHoursToFirstFollowUp, nullable: true).Description("Median hours from creation to the first follow-up, over the followed-up leads.");
    }
}

public sealed class LeadConversionKeyType : ObjectGraphType<LeadConversionKey>
{
    public LeadConversionKeyType()
    {
        Name = "LeadConversionKey";
        Description = "The values of the groupings asked for; the others are null.";
        Field<EnumerationGraphType<LeadSource>>("source").Resolve(c => c.Source.Source);
        Field<EnumerationGraphType<LeadGrade>>("grade").Resolve(c => c.Source.Grade);
        Field<EnumerationGraphType<LeadStage>>("stage").Resolve(c => c.Source.Stage);
        Field<SegmentRefType>("routeTeam").Resolve(c => c.Source.RouteTeam);
        Field<SegmentRefType>("rep").Description("The assigned rep.").Resolve(c => c.Source.Rep);
        Field(k => k.Period, nullable: true).Description("Month created (2026-03).");
        Field(k => k.PeriodStart, nullable: true).Description("First day of that month (UTC).");
        Field(k => k.CustomField, nullable: true).Description("The value of the custom field named by customField, as text.");
    }
}
