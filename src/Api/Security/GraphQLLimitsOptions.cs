namespace SalesGraph.Api.Security;

/// <summary>The <c>Security:Limits</c> section: what one request may ask of the server.</summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>8 MB: a batch of 1,000 leads with long custom fields fits; a 10 MB field does not (413).</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Kestrel: a client must finish sending its request headers within this time (slow-header attacks).</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Kestrel: a body slower than this (after <see cref="MinRequestBodyGracePeriod"/>) is cut off with 408 (slowloris).</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Kestrel: connections a single server accepts at once; null for no limit.</summary>
    public long? MaxConcurrentConnections { get; set; }

    public int MaxDepth { get; set; } = 12;

    /// <summary>Fields count 1 each, multiplied by the <c>first</c>/<c>last</c> of every list above them.</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>The multiplier for a list field that has no <c>first</c>/<c>last</c> argument.</summary>
    public int DefaultListSize { get; set; } = 10;

    public int MaxAliases { get; set; } = 30;

    /// <summary>Fields in a document once every fragment spread is written out (fragment fan-out bombs).</summary>
    public long MaxExpandedFields { get; set; } = 2_000;

    public int MaxRootFields { get; set; } = 10;

    /// <summary><see langword="null"/>: introspection is on in Development only.</summary>
    public bool? IntrospectionEnabled { get; set; }

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
