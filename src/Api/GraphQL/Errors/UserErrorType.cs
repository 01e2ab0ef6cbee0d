using GraphQL.Types;

namespace SalesGraph.Api.GraphQL.Errors;

/// <summary>An error object type named after its record (e.g. <c>DuplicateLeadError</c>), implementing <c>Error</c>; add fields in a subclass.</summary>
public class UserErrorType<TError> : ObjectGraphType<TError>
    where TError : IUserError
{
    public UserErrorType()
    {
        Name = typeof(TError).Name;
        Field(e => e.Message);
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
    }
}
