using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data;
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
    }

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

        return new FunnelResult(await FunnelQuery.ComputeAsync(db, opportunities, groups, byAccount: false, context.CancellationToken), null);
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
