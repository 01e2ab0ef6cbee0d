using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SalesGraph.Api.Security;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>
/// SQL, LIKE and HTML metacharacters in every string filter operation: the result is exactly what the operation
/// means on the literal text (<c>contains: "%"</c> matches only names with a %), and nothing else happens.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileFilterTests(HostileServer server)
{
    private static readonly string[] Hostile =
        ["%", "_", "'", "'; DROP TABLE Accounts;--", "<script>", "\\", "\0", "[", "^", "\"", "*", "%Fit", "Under_", "_score"];

    public static TheoryData<int, string> Combinations()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Hostile.Length; i++)
        {
            foreach (var operation in FilterOperations.ForString)
            {
                data.Add(i, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task AccountsWhereName_HostileText_MatchesTheLiteralText(int index, string operation)
    {
        var text = Hostile[index];
        var before = await DatabaseFingerprint.TakeAsync(server.Api.DatabasePath);
        var filter = new JsonObject
        {
            [operation] = operation is FilterOperations.In or FilterOperations.Nin ? new JsonArray(text, "Acme") : text,
        };

        const string query = "query($where: StringOperationFilterInput) { accounts(first: 50, where: { name: $where }, order: [{ name: ASC }]) { nodes { name } } }";

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            // SQLite cuts text at NUL in length()/substr(), so the API refuses such text instead of answering wrongly.
            var refused = await server.AdminClient.PostAsJsonAsync("/graphql", new { query, variables = new { where = filter } });
            var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            Assert.Equal(ErrorCodes.InvalidFilterText, (string?)body["errors"]![0]!["extensions"]!["code"]);
            Assert.Null(body["data"]!["accounts"]);
            return;
        }

        var data = await server.Api.DataAsync(server.AdminClient, query, new { where = filter });
        var names = data["accounts"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Expected(operation, text), names);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(server.Api.DatabasePath));
    }

    private static List<string> Expected(string operation, string text) =>
    [
        .. HostileServer.AccountNames.Where(name => operation switch
        {
            FilterOperations.Eq => name == text,
            FilterOperations.Neq => name != text,
            FilterOperations.Contains => name.Contains(text, StringComparison.Ordinal),
            FilterOperations.NContains => !name.Contains(text, StringComparison.Ordinal),
            FilterOperations.StartsWith => name.StartsWith(text, StringComparison.Ordinal),
            FilterOperations.NStartsWith => !name.StartsWith(text, StringComparison.Ordinal),
            FilterOperations.EndsWith => name.EndsWith(text, StringComparison.Ordinal),
            FilterOperations.NEndsWith => !name.EndsWith(text, StringComparison.Ordinal),
            FilterOperations.In => name == text || name == "Acme",
            FilterOperations.Nin => name != text && name != "Acme",
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        }).Order(StringComparer.Ordinal),
    ];
}
