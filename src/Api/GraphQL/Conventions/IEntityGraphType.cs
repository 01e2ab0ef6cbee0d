using System.Reflection;
using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>An object graph type backed by an EF entity, whose fields map to entity members.</summary>
public interface IEntityGraphType : IObjectGraphType
{
    Type EntityType { get; }

    /// <summary>The key, always projected and the tie-breaker of every order.</summary>
    PropertyInfo Key { get; }

    IReadOnlyList<EntityField> EntityFields { get; }
}
