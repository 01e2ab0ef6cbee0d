namespace SalesGraph.Api.Subscriptions;

/// <summary>The <c>Subscriptions</c> configuration section: the outbox poll and retention, and the WebSocket limits.</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>How often an instance reads new outbox rows; a commit on this instance wakes it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Outbox rows read per query.</summary>
    public int PollBatchSize { get; set; } = 200;

    /// <summary>How long a missing position below the newest one read is looked for again (a transaction that took an id and
    /// commits late, as SQL Server identities allow); after that it counts as rolled back.</summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Outbox rows older than this are deleted; a reconnecting client does not replay, so a day is plenty.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A connection that sends no <c>connection_init</c> in this time is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a connection's key or token is checked again; a revoked key's connections close with 4403 within it.</summary>
    public TimeSpan CredentialCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>Over all connections of one key or token subject, on this instance.</summary>
    public int MaxSubscriptionsPerKey { get; set; } = 100;

    /// <summary>A client message larger than this closes the connection with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Messages queued for a client; a client that lets it fill is dropped with 1013 rather than buffered without bound.</summary>
    public int SendBufferMessages { get; set; } = 256;

    /// <summary>How long a closing connection waits for the client's close frame (and a stuck send) before aborting.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
