using System.Linq.Expressions;
using System.Reflection;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// Builds <c>x =&gt; new TFact { A = ..., B = ... }</c> binding only the members given, so that EF Core selects (and joins for)
/// only what a request groups by.
/// </summary>
public static class FactProjection
{
    public static Expression<Func<TSource, TFact>> Build<TSource, TFact>(IEnumerable<(string Member, LambdaExpression Value)> members)
    {
        var source = Expression.Parameter(typeof(TSource), "x");
        var bindings = new List<MemberBinding>();
        foreach (var (member, value) in members.DistinctBy(m => m.Member))
        {
            var property = typeof(TFact).GetProperty(member) ?? throw new InvalidOperationException($"{typeof(TFact).Name} has no {member}.");
            var body = new Rebind(value.Parameters[0], source).Visit(value.Body);
            bindings.Add(Expression.Bind(property, body.Type == property.PropertyType ? body : Expression.Convert(body, property.PropertyType)));
        }

        return Expression.Lambda<Func<TSource, TFact>>(Expression.MemberInit(Expression.New(typeof(TFact)), bindings), source);
    }

    /// <summary>A typed member value, for the tables of what each grouping reads.</summary>
    public static (string Member, LambdaExpression Value) Of<TSource, TValue>(string member, Expression<Func<TSource, TValue>> value) => (member, value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

}
