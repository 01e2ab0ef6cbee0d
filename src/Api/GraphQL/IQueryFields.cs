using GraphQL.Types;

namespace SalesGraph.Api.GraphQL;

/// <summary>A feature's root query fields; implementations are found by assembly scan.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
