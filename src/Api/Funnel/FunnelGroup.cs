namespace SalesGraph.Api.Funnel;

/// <summary>What the funnel can be split by; several at once (at most <see cref="AnalyticsArguments.MaxGroups"/>).</summary>
public enum FunnelGroup
{
    /// <summary>The owner rep's team.</summary>
    Team,
    /// <summary>The owner rep.</summary>
    Rep,
    /// <summary>The account's territory.</summary>
    Territory,
    /// <summary>The account's industry.</summary>
    Industry,
    /// <summary>The account's customer-pyramid tier.</summary>
    PyramidTier,
    /// <summary>The month the opportunity was created.</summary>
    Month,
    /// <summary>The quarter the opportunity was created.</summary>
    Quarter,
}
