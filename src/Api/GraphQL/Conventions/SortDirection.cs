namespace SalesGraph.Api.GraphQL.Conventions;

public enum SortDirection
{
    Ascending,
    Descending,
}
