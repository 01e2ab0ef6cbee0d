using GraphQL.PersistedDocuments;

namespace SalesGraph.Api.GraphQL.TrustedDocuments;

/// <summary>GraphQL.NET's persisted-document handler asks this for the text of a <c>documentId</c>; only <c>sha256</c> ids of 64 hex digits are looked up.</summary>
public sealed class TrustedDocumentLoader(TrustedDocumentStore store) : IPersistedDocumentLoader
{
    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        documentIdPrefix == "sha256" && documentIdPayload.Length == 64 && documentIdPayload.All(char.IsAsciiHexDigitLower)
            ? await store.FindAsync($"sha256:{documentIdPayload}", cancellationToken)
            : null;
}
