using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>
/// Every error path the hostile suite sends, replayed in Development and in Production (where the defaults differ most):
/// no response body names an exception, a stack frame, one of our types or a file.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed partial class ResponseLeakTests
{
    private static readonly string[] Leaks = ["   at ", "Exception", "SalesGraph.", ".cs:line", "\"details\""];

    /// <summary>Request errors beside the hostile cases: parse, validation and variable errors, also answered as application/json.</summary>
    private static readonly string[] RequestErrors =
    [
        "{ accounts { nodes { name } ",
        "{ accounts { nodes { " + string.Concat(Enumerable.Repeat("contacts { account { ", 60)) + "name" + new string('}', 122) + " }",
        "{ account(id: \"1 OR 1=1\") { name } }",
        "{ accounts(first: \"ten\") { totalCount } }",
        "{ leads(where: { createdAt: { gt: \"yesterday\" } }) { totalCount } }",
        "{ accounts(order: [{ name: SIDEWAYS }]) { totalCount } }",
        "mutation { submitLead(input: { source: CARRIER_PIGEON, externalId: 1 }) { replayed } }",
    ];

    public static TheoryData<string> Environments() => ["Development", "Production"];

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task EveryErrorPath_InEnvironment_NoBodyNamesExceptionsTypesOrFiles(string environment)
    {
        var server = HostileServer.In(environment);
        await server.InitializeAsync();
        try
        {
            var leaks = new List<string>();
            foreach (var hostile in HostileCases.All)
            {
                Collect(leaks, hostile.Name, (await hostile.SendAsync(server)).Body);
            }

            var schema = server.Api.Services.GetRequiredService<SalesSchema>();
            foreach (var field in schema.Mutation!.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                var response = await server.AdminClient.PostAsJsonAsync("/graphql", new { query = MinimalInvocation.Document("mutation", field, "'; DROP TABLE Accounts;--") });
                Collect(leaks, "mutation " + field.Name, await response.Content.ReadAsStringAsync());
            }

            foreach (var query in RequestErrors)
            {
                foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Json(query), Encoding.UTF8, "application/json") };
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
                    Collect(leaks, $"{accept} {query[..Math.Min(40, query.Length)]}", await (await server.AdminClient.SendAsync(request)).Content.ReadAsStringAsync());
                }
            }

            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static string Json(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });

    private static void Collect(List<string> leaks, string name, string body)
    {
        foreach (var leak in Leaks.Where(l => body.Contains(l, StringComparison.OrdinalIgnoreCase)))
        {
            leaks.Add($"{name}: '{leak}' in {Shorten(body)}");
        }

        if (DotNetTypeName().Match(body) is { Success: true } type)
        {
            leaks.Add($"{name}: .NET type name '{type.Value}' in {Shorten(body)}");
        }

        if (FilePath().Match(body) is { Success: true } path)
        {
            leaks.Add($"{name}: file path '{path.Value}' in {Shorten(body)}");
        }
    }

    private static string Shorten(string body) => body.Length > 400 ? body[..400] + "…" : body;

    /// <summary>A namespace-qualified .NET type (case-sensitive, so that spec.graphql.org is no match).</summary>
    [GeneratedRegex(@"\b(?:System|Microsoft|GraphQL|GraphQLParser)\.[A-Z]\w*")]
    private static partial Regex DotNetTypeName();

    /// <summary>A Unix path of two or more segments not inside a URL, or a Windows drive path.</summary>
    [GeneratedRegex(@"(?<![\w:/.])/(?:[\w.-]+/)+[\w.-]+|\b[A-Za-z]:\\")]
    private static partial Regex FilePath();
}
