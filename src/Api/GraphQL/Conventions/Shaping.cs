using System.Linq.Expressions;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Applies a filter and sort keys to a sequence expression: <see cref="Queryable"/> at the root, <see cref="Enumerable"/> inside a projection.</summary>
public static class Shaping
{
    public static Expression Apply(Expression source, Type elementType, LambdaExpression? where, IReadOnlyList<SortKey> keys, bool queryable)
    {
        var methods = queryable ? typeof(Queryable) : typeof(Enumerable);
        if (where is not null)
        {
            source = SequenceMethods.Call(methods, nameof(Queryable.Where), [elementType], source, where);
        }

        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0, keys[i].Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            source = SequenceMethods.Call(methods, method, [elementType, keys[i].Selector.ReturnType], source, keys[i].Selector);
        }

        return source;
    }
}
