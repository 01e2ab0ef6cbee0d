using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Errors;

/// <summary><c>interface Error { message: String! }</c>, implemented by every payload error type.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<IUserError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Field(e => e.Message);
    }
}
