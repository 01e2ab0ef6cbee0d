using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Subscriptions;

/// <summary>What the subscription fields share: the event itself as the field's value, and the role check before a stream opens.</summary>
public static class EventFields
{
    /// <summary>Each event from the source stream is the field's value.</summary>
    public static IFieldResolver EventItself { get; } = new FuncFieldResolver<object?>(context => context.Source);

    /// <summary>The field's role rules, checked when the stream opens (the field middleware guards resolvers, not source streams).</summary>
    public static void Authorize(IResolveFieldContext context)
    {
        if (FieldAccess.For(context).Denial(context.User) is { } denial)
            throw new ExecutionError(denial) { Code = ErrorCodes.NotAuthorized };
    }

    /// <summary>An <c>ID</c> argument that must be a number, or an error naming it.</summary>
    public static int? IdArgument(IResolveFieldContext context, string name)
    {
        if (context.GetArgument<string?>(name) is not { } text)
            return null;
        return int.TryParse(text, out var id)
            ? id
            : throw new ExecutionError($"{name}: \"{text}\" is not a {name} id.") { Code = "INVALID_ARGUMENT" };
    }
}
