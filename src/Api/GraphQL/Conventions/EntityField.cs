using System.Reflection;

namespace SalesGraph.Api.GraphQL.Conventions;

public enum EntityFieldKind
{
    Scalar,
    Reference,
    Collection,
    /// <summary>A JSON object of custom fields in a text column: projected as the column, filtered by <c>CustomFieldFilterInput</c>, not sortable.</summary>
    CustomFields,
}

/// <summary>Maps a GraphQL field to the entity member it reads; filtering, sorting and projection are driven by it.</summary>
/// <param name="Target">The scalar type for <see cref="EntityFieldKind.Scalar"/>, the related entity type otherwise.</param>
public sealed record EntityField(string Name, PropertyInfo Member, EntityFieldKind Kind, Type Target)
{
    public const string MetadataKey = "salesgraph:entityField";
}
