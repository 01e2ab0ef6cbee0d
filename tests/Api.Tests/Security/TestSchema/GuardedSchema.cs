using GraphQL.Types;

namespace SalesGraph.Api.Tests.Security.TestSchema;

/// <summary>A tiny schema with every kind of rule, standing in for the real one.</summary>
public sealed class GuardedSchema : Schema
{
    public GuardedSchema(IServiceProvider services, TestQuery query, TestMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
