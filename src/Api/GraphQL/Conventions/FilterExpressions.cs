using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Turns a HotChocolate-style <c>where</c> argument into a predicate EF Core translates to SQL.</summary>
public static class FilterExpressions
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    /// <summary>Longest <c>in</c>/<c>nin</c> list: each length is its own SQL statement and query plan to cache.</summary>
    public const int MaxInListLength = 1_000;

    public static LambdaExpression? Build(IEntityGraphType type, object? where, ISchema schema)
    {
        if (where is not IDictionary<string, object?> filter)
        {
            return null;
        }

        var parameter = Expression.Parameter(type.EntityType, "x");
        var body = ForObject(type, parameter, filter, schema);
        return body is null ? null : Expression.Lambda(body, parameter);
    }

    private static Expression? ForObject(IEntityGraphType type, Expression source, IDictionary<string, object?> filter, ISchema schema)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var part = name switch
            {
                FilterOperations.And => Combine(Items(value).Select(item => ForObject(type, source, item, schema)), Expression.AndAlso),
                FilterOperations.Or => Combine(Items(value).Select(item => ForObject(type, source, item, schema)), Expression.OrElse),
                _ => ForField(type.EntityFields.Single(f => f.Name == name), source, (IDictionary<string, object?>)value, schema),
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return Combine(parts, Expression.AndAlso);
    }

    private static Expression? ForField(EntityField field, Expression source, IDictionary<string, object?> filter, ISchema schema)
    {
        var member = Expression.Property(source, field.Member);
        switch (field.Kind)
        {
            case EntityFieldKind.Scalar:
                return ForOperations(member, filter);
            case EntityFieldKind.CustomFields:
                return ForCustomField(member, filter);
            case EntityFieldKind.Reference:
                var inner = ForObject(Entity(schema, field.Target), member, filter, schema);
                return inner is null ? null : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), inner);
            default:
                return ForList(field, member, filter, schema);
        }
    }

    private static readonly Dictionary<string, MethodInfo> CustomFieldReaders = new()
    {
        ["text"] = typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Text))!,
        ["number"] = typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Number))!,
        ["flag"] = typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Flag))!,
        ["date"] = typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Date))!,
    };

    /// <summary><c>{ name, text/number/flag/date: {...}, missing }</c> as SQL JSON functions on the column (see <see cref="CustomFieldSql"/>).</summary>
    private static Expression? ForCustomField(Expression json, IDictionary<string, object?> filter)
    {
        var name = filter.TryGetValue(FilterOperations.CustomFieldName, out var n) ? n as string : null;
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            throw new ExecutionError("customFields.name must name a custom field (1 to 100 characters).") { Code = ErrorCodes.InvalidFilterText };
        }

        var path = Parameter(CustomFieldSql.Path(name), typeof(string));
        var parts = new List<Expression?>();
        foreach (var (operation, value) in filter)
        {
            if (value is null || operation == FilterOperations.CustomFieldName)
            {
                continue;
            }

            if (operation == FilterOperations.CustomFieldMissing)
            {
                var raw = Expression.Call(typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Raw))!, json, path);
                var missing = Expression.Equal(raw, Expression.Constant(null, typeof(string)));
                parts.Add((bool)value ? missing : Expression.Not(missing));
                continue;
            }

            parts.Add(ForOperations(Expression.Call(CustomFieldReaders[operation], json, path), (IDictionary<string, object?>)value));
        }

        return Combine(parts, Expression.AndAlso);
    }

    private static Expression? ForList(EntityField field, Expression member, IDictionary<string, object?> filter, ISchema schema)
    {
        var target = Entity(schema, field.Target);
        var parts = new List<Expression>();
        foreach (var (operation, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            if (operation == FilterOperations.Any)
            {
                var any = SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.Any), [field.Target], member);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var element = Expression.Parameter(field.Target, field.Target.Name[..1].ToLowerInvariant());
            var predicate = Expression.Lambda(ForObject(target, element, (IDictionary<string, object?>)value, schema) ?? Expression.Constant(true), element);
            parts.Add(operation switch
            {
                FilterOperations.All => SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.All), [field.Target], member, predicate),
                FilterOperations.None => Expression.Not(SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.Any), [field.Target], member, predicate)),
                _ => SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.Any), [field.Target], member, predicate),
            });
        }

        return Combine(parts, Expression.AndAlso);
    }

    private static Expression? ForOperations(Expression member, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression?>();
        foreach (var (operation, value) in operations)
        {
            if (value is null && operation is not (FilterOperations.Eq or FilterOperations.Neq))
            {
                continue;
            }

            parts.Add(operation switch
            {
                FilterOperations.And => Combine(Items(value).Select(item => ForOperations(member, item)), Expression.AndAlso),
                FilterOperations.Or => Combine(Items(value).Select(item => ForOperations(member, item)), Expression.OrElse),
                FilterOperations.Eq => Expression.Equal(member, Parameter(value, member.Type)),
                FilterOperations.Neq => Expression.NotEqual(member, Parameter(value, member.Type)),
                FilterOperations.In => In(member, value!),
                FilterOperations.Nin => Expression.Not(In(member, value!)),
                FilterOperations.Contains => Expression.Call(member, StringContains, Parameter(value, typeof(string))),
                FilterOperations.NContains => Expression.Not(Expression.Call(member, StringContains, Parameter(value, typeof(string)))),
                FilterOperations.StartsWith => Expression.Call(member, StringStartsWith, Parameter(value, typeof(string))),
                FilterOperations.NStartsWith => Expression.Not(Expression.Call(member, StringStartsWith, Parameter(value, typeof(string)))),
                FilterOperations.EndsWith => Expression.Call(member, StringEndsWith, Parameter(value, typeof(string))),
                FilterOperations.NEndsWith => Expression.Not(Expression.Call(member, StringEndsWith, Parameter(value, typeof(string)))),
                FilterOperations.Gt => Expression.GreaterThan(member, Parameter(value, member.Type)),
                FilterOperations.Ngt => Expression.Not(Expression.GreaterThan(member, Parameter(value, member.Type))),
                FilterOperations.Gte => Expression.GreaterThanOrEqual(member, Parameter(value, member.Type)),
                FilterOperations.Ngte => Expression.Not(Expression.GreaterThanOrEqual(member, Parameter(value, member.Type))),
                FilterOperations.Lt => Expression.LessThan(member, Parameter(value, member.Type)),
                FilterOperations.Nlt => Expression.Not(Expression.LessThan(member, Parameter(value, member.Type))),
                FilterOperations.Lte => Expression.LessThanOrEqual(member, Parameter(value, member.Type)),
                FilterOperations.Nlte => Expression.Not(Expression.LessThanOrEqual(member, Parameter(value, member.Type))),
                _ => throw new InvalidOperationException($"Unknown filter operation '{operation}'."),
            });
        }

        return Combine(parts, Expression.AndAlso);
    }

    private static Expression In(Expression member, object values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in (IEnumerable)values)
        {
            if (list.Count == MaxInListLength)
            {
                throw new ExecutionError($"An `in`/`nin` filter list may hold at most {MaxInListLength} values.") { Code = ErrorCodes.FilterListTooLong };
            }

            list.Add(ConvertValue(value, member.Type));
        }

        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(list.GetType()), list)!;
        var parameter = Expression.Property(Expression.Constant(box), nameof(ValueBox<int>.Value));
        return SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], parameter, member);
    }

    private static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), ConvertValue(value, type))!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<int>.Value));
    }

    private static object? ConvertValue(object? value, Type type)
    {
        if (value is string text && text.Contains('\0', StringComparison.Ordinal))
        {
            // SQLite ends text at NUL in length()/substr(), so such a filter would match the wrong rows.
            throw new ExecutionError("Filter text may not contain the NUL character (U+0000).") { Code = ErrorCodes.InvalidFilterText };
        }

        var target = ScalarTypes.Underlying(type);
        return value is null || target.IsInstanceOfType(value) ? value : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<IDictionary<string, object?>> Items(object? value) =>
        value is IEnumerable items ? items.OfType<IDictionary<string, object?>>() : [];

    private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> combine)
    {
        Expression? result = null;
        foreach (var part in parts.OfType<Expression>())
        {
            result = result is null ? part : combine(result, part);
        }

        return result;
    }

    internal static IEntityGraphType Entity(ISchema schema, Type entityType) =>
        schema.AllTypes[entityType.Name] as IEntityGraphType
        ?? throw new InvalidOperationException($"No entity graph type named {entityType.Name}.");
}
