using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Api.GraphQL.Paging;
using SalesGraph.Data;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Root fields over an entity set: a filtered, sorted, paged connection and a lookup by key; each runs as SQL with a projection of the selection.</summary>
public static class EntityQueryFields
{
    public static FieldType Connection<TEntity>(this ObjectGraphType query, string name, Func<SalesDbContext, IQueryable<TEntity>> source)
        where TEntity : class => query.AddField(new FieldType
        {
            Name = name,
            ResolvedType = ConnectionTypes.Create<TEntity>(name, typeof(TEntity).Name),
            Arguments = ShapingArguments.ForConnection(typeof(TEntity).Name),
            Resolver = new FuncFieldResolver<object?>(async context => await ResolveConnectionAsync(context, source)),
        });

    public static FieldType ByKey<TEntity>(this ObjectGraphType query, string name, Func<SalesDbContext, IQueryable<TEntity>> source)
        where TEntity : class => query.AddField(new FieldType
        {
            Name = name,
            ResolvedType = new GraphQLTypeReference(typeof(TEntity).Name),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "id" }),
            Resolver = new FuncFieldResolver<object?>(async context => await ResolveByKeyAsync(context, source)),
        });

    /// <summary>Runs <paramref name="query"/> projected to the current field's selection; for mutation payloads that return entities.</summary>
    public static Task<TEntity?> FirstProjectedAsync<TEntity>(this IResolveFieldContext context, IQueryable<TEntity> query, IEnumerable<GraphQLField>? fields = null)
        where TEntity : class
    {
        var entityType = FilterExpressions.Entity(context.Schema, typeof(TEntity));
        var selection = SelectionCollector.Children(context, fields ?? [context.FieldAst]);
        var projection = (Expression<Func<TEntity, TEntity>>)ProjectionExpressions.Build(context, entityType, selection);
        return query.AsNoTracking().Select(projection).AsSplitQuery().FirstOrDefaultAsync(context.CancellationToken);
    }

    private static async Task<TEntity?> ResolveByKeyAsync<TEntity>(IResolveFieldContext context, Func<SalesDbContext, IQueryable<TEntity>> source)
        where TEntity : class
    {
        var entityType = FilterExpressions.Entity(context.Schema, typeof(TEntity));
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var id = new ValueBox<int>(context.GetArgument<int>("id"));
        var matches = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(Expression.Property(parameter, entityType.Key), Expression.Property(Expression.Constant(id), nameof(id.Value))),
            parameter);
        await using var db = await CreateDbContextAsync(context);
        return await context.FirstProjectedAsync(source(db).Where(matches));
    }

    private static async Task<Connection<TEntity>> ResolveConnectionAsync<TEntity>(IResolveFieldContext context, Func<SalesDbContext, IQueryable<TEntity>> source)
        where TEntity : class
    {
        var entityType = FilterExpressions.Entity(context.Schema, typeof(TEntity));
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var last = context.GetArgument<int?>(ShapingArguments.Last);
        var window = PageWindow.From(
            context.GetArgument<int?>(ShapingArguments.First),
            last,
            context.GetArgument<string?>(ShapingArguments.After),
            context.GetArgument<string?>(ShapingArguments.Before),
            options);

        var selection = SelectionCollector.Collect(context, [context.FieldAst.SelectionSet]);
        var edgeNodes = SelectionCollector.Children(context, selection.GetValueOrDefault("edges")).GetValueOrDefault("node") ?? [];
        var nodeSelection = SelectionCollector.Children(context, (selection.GetValueOrDefault("nodes") ?? []).Concat(edgeNodes));
        var projection = (Expression<Func<TEntity, TEntity>>)ProjectionExpressions.Build(context, entityType, nodeSelection);
        var where = FilterExpressions.Build(entityType, Argument(context, ShapingArguments.Where), context.Schema);
        var keys = SortExpressions.Build(entityType, Argument(context, ShapingArguments.Order), context.Schema);

        await using var db = await CreateDbContextAsync(context);
        var all = source(db).AsNoTracking();
        var filtered = all.Provider.CreateQuery<TEntity>(Shaping.Apply(all.Expression, typeof(TEntity), where, [], queryable: true));
        int? totalCount = selection.ContainsKey("totalCount") || window.NeedsCount
            ? await filtered.CountAsync(context.CancellationToken)
            : null;
        window = window.WithLast(last, totalCount);

        var ordered = filtered.Provider.CreateQuery<TEntity>(Shaping.Apply(filtered.Expression, typeof(TEntity), null, keys, queryable: true));
        var rows = await ordered.Skip(window.Start).Take(window.Take + 1).Select(projection).AsSplitQuery().ToListAsync(context.CancellationToken);
        var edges = rows.Take(window.Take).Select((node, i) => new Edge<TEntity>(Cursor.Encode(window.Start + i), node)).ToList();
        var pageInfo = new PageInfo(rows.Count > window.Take, window.Start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<TEntity>(edges, pageInfo, totalCount);
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    // A context per root resolver: root fields run in parallel (the default strategy) and a DbContext is not thread-safe; nested fields never touch the database.
    private static ValueTask<SalesDbContext> CreateDbContextAsync(IResolveFieldContext context) =>
        new(context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync(context.CancellationToken));
}
