using GraphQL.Types;

namespace SalesGraph.Api.GraphQL;

/// <summary>The mutation root; left out of the schema while no feature adds a field (a type needs at least one).</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        foreach (var feature in features.OrderBy(f => f.GetType().Name, StringComparer.Ordinal))
        {
            feature.AddTo(this);
        }
    }
}
