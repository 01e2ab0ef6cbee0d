using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.GraphQL.Execution;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>
/// An object type over an entity. Declare each field once with <see cref="Column{TMember}"/>,
/// <see cref="Reference{TOther}"/> or <see cref="Collection{TOther}"/>; filter and sort inputs and
/// the projection follow from these declarations. The GraphQL type is named after the entity class.
/// </summary>
public abstract class EntityGraphType<TEntity> : ObjectGraphType<TEntity>, IEntityGraphType
    where TEntity : class
{
    private readonly List<EntityField> _entityFields = [];

    protected EntityGraphType()
    {
        Name = typeof(TEntity).Name;
    }

    public Type EntityType => typeof(TEntity);

    public virtual PropertyInfo Key => typeof(TEntity).GetProperty("Id")
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no Id; override Key.");

    public IReadOnlyList<EntityField> EntityFields => _entityFields;

    /// <summary>A scalar or enum column: filterable and sortable.</summary>
    protected FieldType Column<TMember>(Expression<Func<TEntity, TMember>> member, string? name = null)
    {
        var property = PropertyOf(member);
        var getter = member.Compile();
        var field = new FieldType
        {
            Name = name ?? ConventionNames.Camel(property.Name),
            Type = ScalarTypes.OutputType(property),
            Resolver = new FuncFieldResolver<TEntity, TMember>(context => getter(context.Source)),
        };
        field.Metadata[PlainRead.MetadataKey] = new PlainRead(source => getter((TEntity)source));
        return Add(field, new EntityField(field.Name, property, EntityFieldKind.Scalar, property.PropertyType));
    }

    /// <summary>A to-one navigation: a nested object, filterable and sortable by its own fields.</summary>
    protected FieldType Reference<TOther>(Expression<Func<TEntity, TOther?>> navigation, string? name = null)
        where TOther : class
    {
        var property = PropertyOf(navigation);
        var getter = navigation.Compile();
        IGraphType type = new GraphQLTypeReference(typeof(TOther).Name);
        var field = new FieldType
        {
            Name = name ?? ConventionNames.Camel(property.Name),
            ResolvedType = ScalarTypes.IsNullable(property) ? type : new NonNullGraphType(type),
            Resolver = new FuncFieldResolver<TEntity, TOther?>(context => getter(context.Source)),
        };
        field.Metadata[PlainRead.MetadataKey] = new PlainRead(source => getter((TEntity)source));
        return Add(field, new EntityField(field.Name, property, EntityFieldKind.Reference, typeof(TOther)));
    }

    /// <summary>A to-many navigation: a plain list taking <c>where</c> and <c>order</c>, applied inside the projection.</summary>
    protected FieldType Collection<TOther>(Expression<Func<TEntity, List<TOther>>> navigation, string? name = null)
        where TOther : class
    {
        var property = PropertyOf(navigation);
        var getter = navigation.Compile();
        var field = new FieldType
        {
            Name = name ?? ConventionNames.Camel(property.Name),
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(typeof(TOther).Name)))),
            Arguments = ShapingArguments.ForList(typeof(TOther).Name),
            Resolver = new FuncFieldResolver<TEntity, List<TOther>>(context => getter(context.Source)),
        };
        field.Metadata[PlainRead.MetadataKey] = new PlainRead(source => getter((TEntity)source));
        return Add(field, new EntityField(field.Name, property, EntityFieldKind.Collection, typeof(TOther)));
    }

    /// <summary>A text column holding a JSON object of custom fields, read through <paramref name="resolve"/>; filterable by name and typed operation.</summary>
    protected FieldType CustomFieldsColumn<TValue>(Expression<Func<TEntity, string?>> member, Type graphType, Func<string?, TValue> resolve, string? name = null)
    {
        var property = PropertyOf(member);
        var getter = member.Compile();
        var field = new FieldType
        {
            Name = name ?? ConventionNames.Camel(property.Name),
            Type = graphType,
            Resolver = new FuncFieldResolver<TEntity, TValue>(context => resolve(getter(context.Source))),
        };
        return Add(field, new EntityField(field.Name, property, EntityFieldKind.CustomFields, typeof(string)));
    }

    private FieldType Add(FieldType field, EntityField entityField)
    {
        field.Metadata[EntityField.MetadataKey] = entityField;
        _entityFields.Add(entityField);
        return AddField(field);
    }

    private static PropertyInfo PropertyOf(LambdaExpression expression) =>
        (expression.Body as MemberExpression)?.Member as PropertyInfo
        ?? throw new ArgumentException("Expected a property access such as x => x.Name.", nameof(expression));
}
