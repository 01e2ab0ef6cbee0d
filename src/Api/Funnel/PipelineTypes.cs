using GraphQL.Types;
using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Funnel;

public sealed class PipelineResultType : ObjectGraphType<PipelineResult>
{
    public PipelineResultType()
    {
        Name = "Pipeline";
        Description = "Open opportunities by expected close month, against the teams' targets; see docs/funnel.md.";
        Field(r => r.AsOf).Description("The moment the pipeline is taken at.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineMonthType>>>>("months")
            .Description("In month order; first the open opportunities without an expected close date (period null), if any.")
            .Resolve(c => c.Source.Months);
        this.ErrorsField("pipeline", r => r.Errors, typeof(AnalyticsArgumentErrorType));
    }
}

public sealed class PipelineMonthType : ObjectGraphType<PipelineMonth>
{
    public PipelineMonthType()
    {
        Name = "PipelineMonth";
        Field(m => m.Period, nullable: true).Description("Expected close month (2026-03).");
        Field(m => m.PeriodStart, nullable: true).Description("Its first day (UTC).");
        Field<NonNullGraphType<PipelineFiguresType>>("total").Description("All teams together; target is the sum of the teams' targets.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineFiguresType>>>>("teams")
            .Description("Per owner team (team null: opportunities without an owner), including teams with a target and nothing open.")
            .Resolve(c => c.Source.Teams);
    }
}

public sealed class PipelineFiguresType : ObjectGraphType<PipelineFigures>
{
    public PipelineFiguresType()
    {
        Name = "PipelineFigures";
        Field<SegmentRefType>("team").Resolve(c => c.Source.Team);
        Field(f => f.Opportunities).Description("Open opportunities.");
        Field(f => f.Amount).Description("Their amount.");
        Field(f => f.WeightedAmount).Description("Their amount × probability.");
        Field(f => f.Target, nullable: true).Description("The target set for the month (setSalesTarget); null when none is.");
        Field(f => f.Coverage, nullable: true).Description("amount / target; null without a target.");
        Field(f => f.WeightedCoverage, nullable: true).Description("weightedAmount / target; null without a target.");
    }
}
