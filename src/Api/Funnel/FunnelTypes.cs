using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

public sealed class FunnelResultType : ObjectGraphType<FunnelResult>
{
    public FunnelResultType()
    {
        Name = "Funnel";
        Description = "The sales funnel per segment; see docs/funnel.md for the definitions.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelSegmentType>>>>("segments")
            .Description("One per combination of the groupings that has opportunities, ordered by the keys; one in all without groupBy; none when the filter selects nothing.")
            .Resolve(c => c.Source.Segments);
        this.ErrorsField("funnel", r => r.Errors, typeof(AnalyticsArgumentErrorType));
    }
}

public sealed class FunnelSegmentType : ObjectGraphType<FunnelSegment>
{
    public FunnelSegmentType()
    {
        Name = "FunnelSegment";
        Field<NonNullGraphType<FunnelKeyType>>("key").Resolve(c => c.Source.Key);
        Field(s => s.Opportunities).Description("Opportunities in the segment.");
        Field(s => s.Amount).Description("Their amount.");
        Field(s => s.WeightedAmount).Description("Their amount × probability.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStageFiguresType>>>>("stages")
            .Description("Every stage in the funnel's order (PROSPECTING → NEGOTIATION, then WON and LOST).")
            .Resolve(c => c.Source.Stages);
        Field(s => s.Won).Description("Opportunities that reached WON.");
        Field(s => s.Lost).Description("Opportunities that reached LOST.");
        Field(s => s.WinRate, nullable: true).Description("won / (won + lost); null before any closed.");
        Field(s => s.AverageDealSize, nullable: true).Description("Mean amount of the won ones; null before any won.");
    }
}

public sealed class FunnelKeyType : ObjectGraphType<FunnelKey>
{
    public FunnelKeyType()
    {
        Name = "FunnelKey";
        Description = "The values of the groupings asked for; the others are null.";
        Field<SegmentRefType>("team").Description("The owner rep's team.").Resolve(c => c.Source.Team);
        Field<SegmentRefType>("rep").Description("The owner rep.").Resolve(c => c.Source.Rep);
        Field<SegmentRefType>("territory").Description("The account's territory.").Resolve(c => c.Source.Territory);
        Field(k => k.Industry, nullable: true).Description("The account's industry.");
        Field<EnumerationGraphType<CustomerPyramidTier>>("pyramidTier").Description("The account's customer-pyramid tier.").Resolve(c => c.Source.PyramidTier);
        Field(k => k.Period, nullable: true).Description("Month (2026-03) or quarter (2026-Q1) the opportunities were created in.");
        Field(k => k.PeriodStart, nullable: true).Description("First day of that month or quarter (UTC).");
        Field(k => k.AccountId, nullable: true).Description("The account, in Account.funnel.");
    }
}

public sealed class FunnelStageFiguresType : ObjectGraphType<FunnelStageFigures>
{
    public FunnelStageFiguresType()
    {
        Name = "FunnelStageFigures";
        Field<NonNullGraphType<EnumerationGraphType<FunnelStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(s => s.Count).Description("Opportunities that entered the stage (from the stage history).");
        Field(s => s.Current).Description("Of those, in the stage now.");
        Field(s => s.Amount).Description("Amount of those that entered.");
        Field(s => s.WeightedAmount).Description("Their amount × probability (the probability now).");
        Field(s => s.ConversionToNext, nullable: true).Description("Share that went on to a later stage (WON counts, LOST does not); null for WON and LOST.");
        Field(s => s.ConversionToWon, nullable: true).Description("Share that reached WON; null for WON and LOST.");
        Field(s => s.AverageDaysInStage, nullable: true).Description("Mean days in the stage over those that left it (all their stays in it added up).");
        Field(s => s.MedianDaysInStage, nullable: true).Description("Median of the same.");
    }
}
