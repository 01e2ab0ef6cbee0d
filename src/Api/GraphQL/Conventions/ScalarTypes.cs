using System.Reflection;
using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>CLR member types → GraphQL scalars and HotChocolate's operation filter inputs.</summary>
public static class ScalarTypes
{
    private static readonly Dictionary<Type, (Type GraphType, string Filter)> Map = new()
    {
        [typeof(string)] = (typeof(StringGraphType), "StringOperationFilterInput"),
        [typeof(int)] = (typeof(IntGraphType), "IntOperationFilterInput"),
        [typeof(long)] = (typeof(LongGraphType), "LongOperationFilterInput"),
        [typeof(decimal)] = (typeof(DecimalGraphType), "DecimalOperationFilterInput"),
        [typeof(double)] = (typeof(FloatGraphType), "FloatOperationFilterInput"),
        [typeof(bool)] = (typeof(BooleanGraphType), "BooleanOperationFilterInput"),
        [typeof(DateTime)] = (typeof(DateTimeGraphType), "DateTimeOperationFilterInput"),
        [typeof(Guid)] = (typeof(GuidGraphType), "UuidOperationFilterInput"),
    };

    // NullabilityInfoContext is not thread-safe; schemas may be built concurrently (tests), so one per call.
    public static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>The named GraphQL type (not wrapped) for a scalar or enum CLR type.</summary>
    public static Type GraphType(Type clrType)
    {
        var type = Underlying(clrType);
        if (type.IsEnum)
        {
            return typeof(EnumerationGraphType<>).MakeGenericType(type);
        }

        return Map.TryGetValue(type, out var entry)
            ? entry.GraphType
            : throw new NotSupportedException($"No GraphQL scalar for {type.Name}.");
    }

    public static string FilterInputName(Type clrType)
    {
        var type = Underlying(clrType);
        return type.IsEnum ? $"{type.Name}OperationFilterInput" : Map[type].Filter;
    }

    public static Type OutputType(PropertyInfo property)
    {
        var named = GraphType(property.PropertyType);
        return IsNullable(property) ? named : typeof(NonNullGraphType<>).MakeGenericType(named);
    }
}
