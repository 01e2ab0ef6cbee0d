using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQLParser;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// Enforces the role metadata on every resolved field against <see cref="ExecutionOptions.User"/>: a field the
/// principal may not read resolves to null with an <c>AUTH_NOT_AUTHORIZED</c> error, and its resolver never runs.
/// Checked: the field, its parent type (unless the field allows anonymous), and the type it returns. A root field
/// that declares no rule at all is refused (fail closed). A field middleware rather than a validation rule, because
/// in GraphQL.NET any validation error discards the whole document, and the other fields must still answer. The rules of a
/// (parent type, field) pair are read from the schema once (<see cref="FieldAccess"/>): a page of 50 accounts with their
/// contacts resolves the same dozen fields a thousand times.
/// </summary>
public sealed class FieldAuthorizationMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var denial = FieldAccess.For(context).Denial(context.User);
        if (denial is null)
        {
            return next(context);
        }

        var error = new ExecutionError(denial) { Code = ErrorCodes.NotAuthorized, Path = context.ResponsePath };
        if (context.FieldAst.Location is var location && context.Document.Source is { Length: > 0 } source)
        {
            error.AddLocation(Location.FromLinearPosition(source, location.Start));
        }

        context.Errors.Add(error);
        return ValueTask.FromResult<object?>(null);
    }
}
