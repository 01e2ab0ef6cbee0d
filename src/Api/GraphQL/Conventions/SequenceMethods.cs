using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>
/// Calls of <see cref="Queryable"/> and <see cref="Enumerable"/> methods for built expressions, with each generic method
/// found once: finding it by name reflects over every overload, and a page of accounts with its nested lists builds a
/// dozen such calls per request.
/// </summary>
public static class SequenceMethods
{
    private static readonly ConcurrentDictionary<(Type Host, string Name, Type First, Type? Second, Type Source, Type? Argument), MethodInfo> Known = new();

    public static MethodCallExpression Call(Type host, string name, Type[] typeArguments, Expression source, Expression? argument = null)
    {
        var key = (host, name, typeArguments[0], typeArguments.ElementAtOrDefault(1), source.Type, argument?.Type);
        if (!Known.TryGetValue(key, out var method))
        {
            Expression[] arguments = argument is null ? [source] : [source, argument];
            method = Known.GetOrAdd(key, Expression.Call(host, name, typeArguments, arguments).Method);
        }

        return argument is null ? Expression.Call(method, source) : Expression.Call(method, source, argument);
    }
}
