using GraphQL.Types;

namespace SalesGraph.Api.GraphQL;

/// <summary>A feature's root mutation fields; implementations are found by assembly scan.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
