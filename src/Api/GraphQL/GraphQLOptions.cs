namespace SalesGraph.Api.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Page size when a connection gets neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Largest <c>first</c> / <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Largest request body accepted on <c>/graphql</c>; larger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Parsed and validated documents kept, measured in total query length.</summary>
    public long DocumentCacheSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Put exception type names, stack frames and <c>extensions.details</c> into responses. Off in every environment,
    /// Development included: the log has them, under the correlation id the response carries.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }
}
