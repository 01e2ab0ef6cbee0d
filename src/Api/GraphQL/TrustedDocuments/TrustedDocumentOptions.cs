namespace SalesGraph.Api.GraphQL.TrustedDocuments;

/// <summary>The <c>TrustedDocuments</c> configuration section: who must send registered documents (by id) instead of query text.</summary>
public sealed class TrustedDocumentOptions
{
    public const string SectionName = "TrustedDocuments";

    /// <summary>Principals with one of these roles may only run registered documents (e.g. <c>["reader"]</c> for the sales frontends).
    /// Roles as assigned and implied: <c>admin</c> implies <c>reader</c>, so list roles that only frontends carry.</summary>
    public string[] RequiredForRoles { get; set; } = [];

    /// <summary>API key ids (the public part, as <c>keys list</c> shows) that may only run registered documents.</summary>
    public string[] RequiredForKeys { get; set; } = [];

    /// <summary>Every principal may only run registered documents.</summary>
    public bool RequiredForAll { get; set; }
}
