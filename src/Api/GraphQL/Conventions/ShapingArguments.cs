using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>HotChocolate's list arguments: <c>where</c>, <c>order</c> and, on connections, the cursor paging ones.</summary>
public static class ShapingArguments
{
    public const string Where = "where";
    public const string Order = "order";
    public const string First = "first";
    public const string After = "after";
    public const string Last = "last";
    public const string Before = "before";

    public static QueryArguments ForList(string typeName) => new(
        new QueryArgument(new GraphQLTypeReference(ConventionNames.Filter(typeName))) { Name = Where },
        new QueryArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(ConventionNames.Sort(typeName))))) { Name = Order });

    public static QueryArguments ForConnection(string typeName)
    {
        var arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = First, Description = "Returns the first _n_ elements from the list." },
            new QueryArgument<StringGraphType> { Name = After, Description = "Returns the elements in the list that come after the specified cursor." },
            new QueryArgument<IntGraphType> { Name = Last, Description = "Returns the last _n_ elements from the list." },
            new QueryArgument<StringGraphType> { Name = Before, Description = "Returns the elements in the list that come before the specified cursor." });
        foreach (var argument in ForList(typeName))
        {
            arguments.Add(argument);
        }

        return arguments;
    }
}
