namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Holds an argument value so EF Core sends it as a SQL parameter (and reuses the cached query plan) instead of inlining it.</summary>
public sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;
}
