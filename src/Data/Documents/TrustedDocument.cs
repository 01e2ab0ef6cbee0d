namespace SalesGraph.Data.Documents;

/// <summary>A GraphQL document registered ahead of time (a trusted, or persisted, document): clients send its id instead of its text.</summary>
public class TrustedDocument
{
    /// <summary><c>sha256:&lt;64 lower-case hex&gt;</c> of <see cref="Query"/>'s UTF-8 bytes.</summary>
    public required string Id { get; set; }
    public required string Query { get; set; }
    /// <summary>The operation name the manifest gave, for people reading the table.</summary>
    public string? Name { get; set; }
    public DateTime CreatedAt { get; set; }
}
