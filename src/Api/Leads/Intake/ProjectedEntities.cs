using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Loads the entities a mutation payload returns in one query per type, projected to what the client selected.</summary>
public static class ProjectedEntities
{
    private static readonly ConcurrentDictionary<PropertyInfo, Delegate> KeyGetters = new();

    /// <summary>The fields at <paramref name="path"/> below the current field, e.g. <c>results</c>, <c>lead</c>.</summary>
    public static List<GraphQLField> At(IResolveFieldContext context, params string[] path)
    {
        List<GraphQLField> fields = [context.FieldAst];
        foreach (var name in path)
        {
            fields = SelectionCollector.Children(context, fields).GetValueOrDefault(name) ?? [];
        }

        return fields;
    }

    /// <summary>The entities with the given keys, projected to the sub-selection of <paramref name="fields"/>; empty when nothing is selected.</summary>
    public static async Task<IReadOnlyDictionary<int, TEntity>> LoadAsync<TEntity>(
        IResolveFieldContext context, IQueryable<TEntity> source, List<GraphQLField> fields, IEnumerable<int> keys)
        where TEntity : class
    {
        var ids = keys.Distinct().ToList();
        if (fields.Count == 0 || ids.Count == 0)
        {
            return new Dictionary<int, TEntity>();
        }

        var entityType = FilterExpressions.Entity(context.Schema, typeof(TEntity));
        var projection = (Expression<Func<TEntity, TEntity>>)ProjectionExpressions.Build(context, entityType, SelectionCollector.Children(context, fields));
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var key = Expression.Lambda<Func<TEntity, int>>(Expression.Property(parameter, entityType.Key), parameter);
        // The ids go in boxed, so EF Core sends them as a parameter and reuses its compiled query; a constant list would make
        // every call a new query to compile (and leave dynamic methods for the finalizer). EF.Parameter makes the list one JSON
        // parameter instead of one SQL parameter per id (EF Core 10's default), which costs more than the query for 500 leads.
        var boxedIds = Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(List<int>)],
            Expression.Property(Expression.Constant(new ValueBox<List<int>>(ids)), nameof(ValueBox<List<int>>.Value)));
        var inKeys = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], boxedIds, key.Body), parameter);
        var rows = await source.AsNoTracking().Where(inKeys).Select(projection).AsSplitQuery().ToListAsync(context.CancellationToken);
        var getKey = (Func<TEntity, int>)KeyGetters.GetOrAdd(entityType.Key, static (_, key) => key.Compile(), key);
        return rows.ToDictionary(getKey);
    }
}
