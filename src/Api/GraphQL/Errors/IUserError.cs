namespace SalesGraph.Api.GraphQL.Errors;

/// <summary>An expected failure returned as data in a mutation payload (GraphQL <c>interface Error { message: String! }</c>).</summary>
public interface IUserError
{
    string Message { get; }
}
