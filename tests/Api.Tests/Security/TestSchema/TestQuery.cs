using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Tests.Security.TestSchema;

public sealed class TestQuery : ObjectGraphType
{
    public static readonly TestContact[] Contacts =
    [
        new("Ada Jansen", "ada@example.nl", "+31 20 555 0101"),
        new("Bram de Vries", "bram@example.nl", "+31 20 555 0102"),
    ];

    public TestQuery()
    {
        Name = "Query";
        Field<ListGraphType<TestContactType>>("contacts")
            .Argument<IntGraphType>("first")
            .Resolve(_ => Contacts)
            .RequireRole(Roles.Reader);
        Field<ListGraphType<StringGraphType>>("rules").Resolve(_ => new[] { "fit", "engagement" }).RequireRole(Roles.Ops);
        Field<StringGraphType>("ping").Resolve(_ => "pong").RequireAuthenticated();
        Field<StringGraphType>("failing")
            .Resolve(_ => throw new InvalidOperationException(
                "SQLite Error 1: no such table: secret_table, at /srv/salesgraph/Data/Secret.cs:42"))
            .RequireRole(Roles.Reader);
        Field<StringGraphType>("slow")
            .ResolveAsync(async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            })
            .RequireRole(Roles.Reader);
    }
}
