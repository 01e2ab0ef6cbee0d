using SalesGraph.Data.Security;

namespace SalesGraph.Api.Security.ApiKeys;

/// <summary>The outcome of checking a presented key: the key row, or why it was refused (for the log, never the client).</summary>
public sealed record ApiKeyVerification(ApiKey? Key, string? Failure)
{
    public bool Succeeded => Key is not null;

    public static ApiKeyVerification Refused(string failure) => new(null, failure);
}
