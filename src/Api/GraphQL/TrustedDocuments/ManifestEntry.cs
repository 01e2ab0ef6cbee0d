using System.Text.Json;

namespace SalesGraph.Api.GraphQL.TrustedDocuments;

/// <summary>One document of a manifest: its id (<c>sha256:&lt;hex&gt;</c>), its text and, when given, its operation name.</summary>
public sealed record ManifestEntry(string Id, string Query, string? Name)
{
    /// <summary>
    /// Reads either form in use: a map of id to text (<c>{"sha256:ab12...": "query Q { ... }"}</c>, as graphql-codegen's client
    /// preset writes), or Apollo's persisted-query manifest (<c>{"operations": [{"id": "ab12...", "name": "Q", "body": "..."}]}</c>,
    /// ids without the prefix). Throws <see cref="JsonException"/> for anything else.
    /// </summary>
    public static IReadOnlyList<ManifestEntry> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException("A manifest is a JSON object.");
        if (root.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
        {
            return [.. operations.EnumerateArray().Select(o => new ManifestEntry(
                Prefixed(Text(o, "id")), Text(o, "body"), o.TryGetProperty("name", out var name) ? name.GetString() : null))];
        }

        return [.. root.EnumerateObject().Select(p => new ManifestEntry(
            Prefixed(p.Name), p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw new JsonException($"{p.Name}: the document must be a string."), null))];
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JsonException($"An operation without \"{name}\".");

    private static string Prefixed(string id) => id.Contains(':', StringComparison.Ordinal) ? id : "sha256:" + id;
}
