using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Turns a HotChocolate-style <c>order</c> argument into sort keys, with the entity key appended so pages never overlap.</summary>
public static class SortExpressions
{
    public static IReadOnlyList<SortKey> Build(IEntityGraphType type, object? order, ISchema schema)
    {
        var parameter = Expression.Parameter(type.EntityType, "x");
        var keys = new List<SortKey>();
        if (order is IEnumerable items)
        {
            foreach (var item in items.OfType<IDictionary<string, object?>>())
            {
                AddKeys(type, parameter, parameter, item, schema, keys);
            }
        }

        keys.Add(new SortKey(Expression.Lambda(Expression.Property(parameter, type.Key), parameter), false));
        return keys;
    }

    private static void AddKeys(IEntityGraphType type, ParameterExpression parameter, Expression source, IDictionary<string, object?> sort, ISchema schema, List<SortKey> keys)
    {
        foreach (var (name, value) in sort)
        {
            var field = type.EntityFields.Single(f => f.Name == name);
            var member = Expression.Property(source, field.Member);
            if (value is SortDirection direction)
            {
                keys.Add(new SortKey(Expression.Lambda(member, parameter), direction == SortDirection.Descending));
            }
            else if (value is IDictionary<string, object?> nested)
            {
                AddKeys(FilterExpressions.Entity(schema, field.Target), parameter, member, nested, schema, keys);
            }
        }
    }
}
