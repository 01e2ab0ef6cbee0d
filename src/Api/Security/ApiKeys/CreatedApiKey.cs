using SalesGraph.Data.Security;

namespace SalesGraph.Api.Security.ApiKeys;

/// <summary>A new key: the stored row and the only copy of the full key text.</summary>
public sealed record CreatedApiKey(ApiKey Key, string PlainText);
