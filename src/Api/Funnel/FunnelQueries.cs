using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Funnel;

/// <summary>The sales managers' view: funnel, pipeline and lead conversion, each one GROUP BY statement (docs/funnel.md).</summary>
public sealed class FunnelQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<FunnelResultType>>("funnel")
            .Description("Opportunities per funnel stage (count, amount, weighted amount, conversion, days in stage), win rate and deal size, per segment.")
            .Arguments(
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Opportunity)))) { Name = ShapingArguments.Where, Description = "Which opportunities; all when left out." },
                new QueryArgument<ListGraphType<NonNullGraphType<EnumerationGraphType<FunnelGroup>>>> { Name = AnalyticsArguments.GroupBy, Description = $"Segments by these, at most {AnalyticsArguments.MaxGroups}; MONTH and QUARTER exclude each other." },
                new QueryArgument<PeriodInputType> { Name = AnalyticsArguments.Period, Description = "Only opportunities created in [from, to)." })
            .ResolveAsync(async context => await FunnelAsync(context))
            .RequireRole(Roles.Reader);

        query.Field<NonNullGraphType<PipelineResultType>>("pipeline")
            .Description("Opportunities open at asOf by expected close month and owner team: count, amount, weighted amount, and coverage of the team targets.")
            .Arguments(
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Opportunity)))) { Name = ShapingArguments.Where, Description = "Which opportunities; all when left out." },
                new QueryArgument<DateTimeGraphType> { Name = AsOf, Description = "Open at this moment: created by then and not closed by then; now when left out." })
            .ResolveAsync(async context => await PipelineAsync(context))
            .RequireRole(Roles.Reader);

        query.Field<NonNullGraphType<LeadConversionResultType>>("leadConversion")
            .Description("Leads, MQL, SQL, opportunity and won counts and rates, and the first follow-up against the SLA, per segment.")
            .Arguments(
                new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(nameof(Lead)))) { Name = ShapingArguments.Where, Description = "Which leads; all when left out." },
                new QueryArgument<ListGraphType<NonNullGraphType<EnumerationGraphType<LeadGroup>>>> { Name = AnalyticsArguments.GroupBy, Description = $"Segments by these, at most {AnalyticsArguments.MaxGroups}; CUSTOM_FIELD needs customField." },
                new QueryArgument<StringGraphType> { Name = CustomField, Description = "The custom field CUSTOM_FIELD groups by (its key as submitted; no quotes or backslashes)." })
            .ResolveAsync(async context => await LeadConversionAsync(context))
            .RequireRole(Roles.Reader, Roles.Marketing);
    }

    private const string CustomField = "customField";
    private const string AsOf = "asOf";

    private static async Task<PipelineResult> PipelineAsync(IResolveFieldContext context)
    {
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var asOf = context.GetArgument<DateTime?>(AsOf) is { } given ? AnalyticsArguments.Utc(given) : now;
        if (asOf.Year < 1900)
        {
            return PipelineResult.Refused(asOf, new AnalyticsArgumentError("asOf must be after 1900.", AsOf));
        }

        await using var db = await CreateDbContextAsync(context);
        return new PipelineResult(asOf, await PipelineQuery.ComputeAsync(db, Filtered<Opportunity>(context, db.Opportunities), asOf, context.CancellationToken), null);
    }

    private static async Task<LeadConversionResult> LeadConversionAsync(IResolveFieldContext context)
    {
        var (groups, error) = AnalyticsArguments.Groups<LeadGroup>(context);
        var customField = context.GetArgument<string?>(CustomField);
        if (error is not null)
        {
            return LeadConversionResult.Refused(error);
        }

        if (groups.Contains(LeadGroup.CustomField) != (customField is not null))
        {
            return LeadConversionResult.Refused(new AnalyticsArgumentError(
                customField is null ? "groupBy CUSTOM_FIELD needs customField: the name of the field." : "customField applies only with groupBy CUSTOM_FIELD.",
                CustomField));
        }

        if (customField is not null && !IsFieldName(customField))
        {
            return LeadConversionResult.Refused(new AnalyticsArgumentError("customField must be 1-100 characters without quotes, backslashes or control characters.", CustomField));
        }

        await using var db = await CreateDbContextAsync(context);
        await using var second = await CreateDbContextAsync(context);
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var segments = await LeadConversionQuery.ComputeAsync(db, Filtered<Lead>(context, db.Leads), groups, customField, now, context.CancellationToken, second);
        return new LeadConversionResult(segments, null);
    }

    private static bool IsFieldName(string name) =>
        name.Length is > 0 and <= 100 && !name.Any(c => char.IsControl(c) || c is '"' or '\\');

    private static async Task<FunnelResult> FunnelAsync(IResolveFieldContext context)
    {
        var (groups, error) = AnalyticsArguments.Groups<FunnelGroup>(context);
        if (error is null && groups.Contains(FunnelGroup.Month) && groups.Contains(FunnelGroup.Quarter))
        {
            error = new AnalyticsArgumentError("groupBy takes MONTH or QUARTER, not both.", AnalyticsArguments.GroupBy);
        }

        var period = AnalyticsArguments.ReadPeriod(context, out var periodError);
        if ((error ?? periodError) is { } refused)
        {
            return FunnelResult.Refused(refused);
        }

        await using var db = await CreateDbContextAsync(context);
        var opportunities = Filtered<Opportunity>(context, db.Opportunities);
        if (period is var (from, to))
        {
            opportunities = opportunities.Where(o => o.CreatedAt >= from && o.CreatedAt < to);
        }

        await using var second = await CreateDbContextAsync(context);
        return new FunnelResult(await FunnelQuery.ComputeAsync(db, opportunities, groups, byAccount: false, context.CancellationToken, second), null);
    }

    internal static IQueryable<TEntity> Filtered<TEntity>(IResolveFieldContext context, IQueryable<TEntity> source)
        where TEntity : class
    {
        var where = (Expression<Func<TEntity, bool>>?)FilterExpressions.Build(
            FilterExpressions.Entity(context.Schema, typeof(TEntity)),
            context.Arguments is { } arguments && arguments.TryGetValue(ShapingArguments.Where, out var value) ? value.Value : null,
            context.Schema);
        return where is null ? source : source.Where(where);
    }

    // A context per root resolver: root fields run in parallel and a DbContext is not thread-safe.
    internal static Task<SalesDbContext> CreateDbContextAsync(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync(context.CancellationToken);
}
