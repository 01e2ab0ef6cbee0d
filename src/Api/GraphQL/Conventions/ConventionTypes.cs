using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Builds HotChocolate.Data's filter and sort input types for a set of entity graph types.</summary>
public static class ConventionTypes
{
    public const string SortEnumTypeName = "SortEnumType";

    public static IEnumerable<IGraphType> Create(IEnumerable<IEntityGraphType> entityTypes)
    {
        var types = new Dictionary<string, IGraphType>();
        var sortEnum = new EnumerationGraphType { Name = SortEnumTypeName };
        sortEnum.Add("ASC", SortDirection.Ascending);
        sortEnum.Add("DESC", SortDirection.Descending);
        types[sortEnum.Name] = sortEnum;

        foreach (var entityType in entityTypes)
        {
            types[ConventionNames.Filter(entityType.Name)] = FilterInput(entityType, types);
            types[ConventionNames.Sort(entityType.Name)] = SortInput(entityType);
        }

        return types.Values;
    }

    private static InputObjectGraphType FilterInput(IEntityGraphType entityType, Dictionary<string, IGraphType> types)
    {
        var name = ConventionNames.Filter(entityType.Name);
        var input = new InputObjectGraphType { Name = name };
        AddLogical(input, name);
        foreach (var field in entityType.EntityFields)
        {
            var typeName = field.Kind switch
            {
                EntityFieldKind.Scalar => OperationInput(field.Target, types),
                EntityFieldKind.Reference => ConventionNames.Filter(field.Target.Name),
                EntityFieldKind.CustomFields => CustomFieldFilterInput(types),
                _ => ListFilterInput(field.Target.Name, types),
            };
            input.AddField(new FieldType { Name = field.Name, ResolvedType = new GraphQLTypeReference(typeName) });
        }

        return input;
    }

    private static InputObjectGraphType SortInput(IEntityGraphType entityType)
    {
        var input = new InputObjectGraphType { Name = ConventionNames.Sort(entityType.Name) };
        foreach (var field in entityType.EntityFields.Where(f => f.Kind is EntityFieldKind.Scalar or EntityFieldKind.Reference))
        {
            var typeName = field.Kind == EntityFieldKind.Scalar ? SortEnumTypeName : ConventionNames.Sort(field.Target.Name);
            input.AddField(new FieldType { Name = field.Name, ResolvedType = new GraphQLTypeReference(typeName) });
        }

        return input;
    }

    private static string OperationInput(Type clrType, Dictionary<string, IGraphType> types)
    {
        var name = ScalarTypes.FilterInputName(clrType);
        if (types.ContainsKey(name))
        {
            return name;
        }

        var type = ScalarTypes.Underlying(clrType);
        var operations = type == typeof(string) ? FilterOperations.ForString
            : type == typeof(bool) ? FilterOperations.ForBoolean
            : type.IsEnum ? FilterOperations.ForEnum
            : FilterOperations.ForComparable;
        var input = new InputObjectGraphType { Name = name };
        AddLogical(input, name);
        var scalar = ScalarTypes.GraphType(type);
        foreach (var operation in operations)
        {
            var isList = operation is FilterOperations.In or FilterOperations.Nin;
            input.AddField(new FieldType
            {
                Name = operation,
                Type = isList ? typeof(ListGraphType<>).MakeGenericType(scalar) : scalar,
            });
        }

        types[name] = input;
        return name;
    }

    /// <summary><c>{ name: "TotalVisits", number: { gte: 5 } }</c>: one custom field by name, then operations on its value as text, number,
    /// yes/no or date (a value of another type matches none), or <c>missing</c>. Several fields: <c>and: [{ customFields: ... }, ...]</c>.</summary>
    private static string CustomFieldFilterInput(Dictionary<string, IGraphType> types)
    {
        const string Name = "CustomFieldFilterInput";
        if (!types.ContainsKey(Name))
        {
            var input = new InputObjectGraphType { Name = Name };
            input.AddField(new FieldType { Name = FilterOperations.CustomFieldName, Type = typeof(NonNullGraphType<StringGraphType>) });
            foreach (var (operation, type) in FilterOperations.CustomFieldValues)
            {
                input.AddField(new FieldType { Name = operation, ResolvedType = new GraphQLTypeReference(OperationInput(type, types)) });
            }

            input.AddField(new FieldType { Name = FilterOperations.CustomFieldMissing, Type = typeof(BooleanGraphType) });
            types[Name] = input;
        }

        return Name;
    }

    private static string ListFilterInput(string elementTypeName, Dictionary<string, IGraphType> types)
    {
        var name = ConventionNames.ListFilter(elementTypeName);
        if (!types.ContainsKey(name))
        {
            var input = new InputObjectGraphType { Name = name };
            var element = ConventionNames.Filter(elementTypeName);
            foreach (var operation in new[] { FilterOperations.All, FilterOperations.None, FilterOperations.Some })
            {
                input.AddField(new FieldType { Name = operation, ResolvedType = new GraphQLTypeReference(element) });
            }

            input.AddField(new FieldType { Name = FilterOperations.Any, Type = typeof(BooleanGraphType) });
            types[name] = input;
        }

        return name;
    }

    private static void AddLogical(InputObjectGraphType input, string selfName)
    {
        foreach (var operation in new[] { FilterOperations.And, FilterOperations.Or })
        {
            input.AddField(new FieldType
            {
                Name = operation,
                ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(selfName))),
            });
        }
    }
}
