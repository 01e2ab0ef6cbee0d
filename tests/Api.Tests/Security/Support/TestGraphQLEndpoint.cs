using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SalesGraph.Api.Tests.Security.Support;

/// <summary>
/// A guarded endpoint over the small test schema, at /guarded (Security:GraphQLPath): runs it with the request's
/// principal. It reads any content type on purpose, so the CSRF guard is what a test sees refuse.
/// </summary>
public sealed class TestGraphQLEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map("/guarded/crash", crash => crash.Run(_ => throw new InvalidOperationException(
            "Microsoft.Data.Sqlite.SqliteException: SELECT * FROM ApiKeys in /srv/salesgraph/Secret.cs")));
        app.Map("/guarded", graphql => graphql.Run(HandleAsync));
    };

    private static async Task HandleAsync(HttpContext http)
    {
        var query = HttpMethods.IsGet(http.Request.Method)
            ? http.Request.Query["query"].ToString()
            : (await JsonDocument.ParseAsync(http.Request.Body)).RootElement.GetProperty("query").GetString();
        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<SalesGraph.Api.Tests.Security.TestSchema.GuardedSchema>>().ExecuteAsync(
            new ExecutionOptions
            {
                Query = query,
                User = http.User,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
            });
        http.Response.ContentType = "application/graphql-response+json";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result);
    }
}
