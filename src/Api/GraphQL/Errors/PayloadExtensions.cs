using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.GraphQL.Errors;

public static class PayloadExtensions
{
    /// <summary>
    /// Adds <c>errors: [MError!]</c> to a payload type, where <c>union MError = ...</c> holds the given
    /// <see cref="UserErrorType{TError}"/> graph types (HotChocolate's mutation convention).
    /// </summary>
    public static FieldType ErrorsField<TPayload>(this ObjectGraphType<TPayload> payload, string mutationName, Func<TPayload, IEnumerable<IUserError>?> errors, params Type[] errorGraphTypes)
    {
        var union = new UnionGraphType { Name = $"{ConventionNames.Pascal(mutationName)}Error" };
        foreach (var type in errorGraphTypes)
        {
            union.Type(type);
        }

        return payload.AddField(new FieldType
        {
            Name = "errors",
            ResolvedType = new ListGraphType(new NonNullGraphType(union)),
            Resolver = new FuncFieldResolver<TPayload, object?>(context => errors(context.Source)?.ToList()),
        });
    }
}
