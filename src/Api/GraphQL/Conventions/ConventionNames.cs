namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>HotChocolate.Data's type names.</summary>
public static class ConventionNames
{
    public static string Filter(string typeName) => $"{typeName}FilterInput";

    public static string Sort(string typeName) => $"{typeName}SortInput";

    public static string ListFilter(string typeName) => $"ListFilterInputTypeOf{Filter(typeName)}";

    public static string Connection(string fieldName) => $"{Pascal(fieldName)}Connection";

    public static string Edge(string fieldName) => $"{Pascal(fieldName)}Edge";

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
