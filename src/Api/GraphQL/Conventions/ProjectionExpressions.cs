using System.Linq.Expressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>
/// Builds <c>x => new TEntity { Key = x.Key, ... }</c> from a selection set: only requested columns, to-one navigations as
/// nested member-inits, to-many navigations as filtered, sorted sub-selects — all in one expression EF Core translates.
/// </summary>
public static class ProjectionExpressions
{
    public static LambdaExpression Build(IResolveFieldContext context, IEntityGraphType type, Dictionary<string, List<GraphQLField>> selection)
    {
        var parameter = Expression.Parameter(type.EntityType, "x");
        return Expression.Lambda(MemberInit(context, type, parameter, selection), parameter);
    }

    private static MemberInitExpression MemberInit(IResolveFieldContext context, IEntityGraphType type, Expression source, Dictionary<string, List<GraphQLField>> selection)
    {
        var bindings = new List<MemberBinding> { Expression.Bind(type.Key, Expression.Property(source, type.Key)) };
        foreach (var (name, fields) in selection)
        {
            if (type.GetField(name)?.GetMetadata<EntityField>(EntityField.MetadataKey) is not { } field || field.Member == type.Key)
            {
                continue;
            }

            var member = Expression.Property(source, field.Member);
            bindings.Add(Expression.Bind(field.Member, field.Kind switch
            {
                EntityFieldKind.Scalar or EntityFieldKind.CustomFields => member,
                EntityFieldKind.Reference => Reference(context, field, member, fields),
                _ => Collection(context, type.GetField(name)!, field, member, fields),
            }));
        }

        return Expression.MemberInit(Expression.New(type.EntityType), bindings);
    }

    private static Expression Reference(IResolveFieldContext context, EntityField field, MemberExpression member, List<GraphQLField> fields)
    {
        var target = FilterExpressions.Entity(context.Schema, field.Target);
        var inner = MemberInit(context, target, member, SelectionCollector.Children(context, fields));
        var none = Expression.Constant(null, member.Type);
        return Expression.Condition(Expression.Equal(member, none), none, inner, member.Type);
    }

    private static Expression Collection(IResolveFieldContext context, FieldType fieldType, EntityField field, MemberExpression member, List<GraphQLField> fields)
    {
        var target = FilterExpressions.Entity(context.Schema, field.Target);
        var arguments = ExecutionHelper.GetArguments(fieldType.Arguments, fields[0].Arguments, context.Variables, context.Document, fields[0], null);
        var where = FilterExpressions.Build(target, arguments?.GetValueOrDefault(ShapingArguments.Where).Value, context.Schema);
        var keys = SortExpressions.Build(target, arguments?.GetValueOrDefault(ShapingArguments.Order).Value, context.Schema);
        var shaped = Shaping.Apply(member, field.Target, where, keys, queryable: false);

        var element = Expression.Parameter(field.Target, field.Target.Name[..1].ToLowerInvariant());
        var projection = Expression.Lambda(MemberInit(context, target, element, SelectionCollector.Children(context, fields)), element);
        var selected = SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.Select), [field.Target, field.Target], shaped, projection);
        return SequenceMethods.Call(typeof(Enumerable), nameof(Enumerable.ToList), [field.Target], selected);
    }
}
