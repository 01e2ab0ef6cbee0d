using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.GraphQL.Paging;

/// <summary>Builds <c>XsConnection</c> and <c>XsEdge</c>, named after the field as HotChocolate names them.</summary>
public static class ConnectionTypes
{
    public static ObjectGraphType Create<T>(string fieldName, string nodeTypeName)
    {
        var node = new GraphQLTypeReference(nodeTypeName);
        var edge = new ObjectGraphType { Name = ConventionNames.Edge(fieldName), Description = "An edge in a connection." };
        edge.AddField(Field<Edge<T>>("cursor", new NonNullGraphType(new StringGraphType()), e => e.Cursor, "A cursor for use in pagination."));
        edge.AddField(Field<Edge<T>>("node", new NonNullGraphType(node), e => e.Node, "The item at the end of the edge."));

        var connection = new ObjectGraphType { Name = ConventionNames.Connection(fieldName), Description = "A connection to a list of items." };
        connection.AddField(Field<Connection<T>>("pageInfo", new NonNullGraphType(new GraphQLTypeReference("PageInfo")), c => c.PageInfo, "Information to aid in pagination."));
        connection.AddField(Field<Connection<T>>("edges", new ListGraphType(new NonNullGraphType(edge)), c => c.Edges, "A list of edges."));
        connection.AddField(Field<Connection<T>>("nodes", new ListGraphType(new NonNullGraphType(node)), c => c.Nodes, "A flattened list of the nodes."));
        connection.AddField(Field<Connection<T>>("totalCount", new NonNullGraphType(new IntGraphType()), c => c.TotalCount, "Identifies the total count of items in the connection."));
        return connection;
    }

    private static FieldType Field<TSource>(string name, IGraphType type, Func<TSource, object?> read, string description) => new()
    {
        Name = name,
        ResolvedType = type,
        Description = description,
        Resolver = new FuncFieldResolver<TSource, object?>(context => read(context.Source)),
    };
}
