using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SalesGraph.Api.Telemetry;

/// <summary>
/// The app's own <see cref="ActivitySource"/> and <see cref="Meter"/> (both named <c>SalesGraph</c>) and its instruments. Static,
/// as <see cref="ActivitySource"/>s usually are: with no listener (telemetry off) a span is never created and a measurement
/// costs a branch.
/// </summary>
public static class SalesTelemetry
{
    public const string Name = "SalesGraph";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> LeadsReceived { get; } = Meter.CreateCounter<long>("salesgraph.leads.received", "{lead}", "Leads submitted to intake (mutations and import), by source.");

    public static Counter<long> LeadsRefused { get; } = Meter.CreateCounter<long>("salesgraph.leads.refused", "{lead}", "Leads refused by validation, by source.");

    public static Counter<long> LeadsReplayed { get; } = Meter.CreateCounter<long>("salesgraph.leads.replayed", "{lead}", "Leads sent again with a known (source, externalId), by source.");

    public static Histogram<double> ScoringDuration { get; } = Meter.CreateHistogram<double>("salesgraph.scoring.duration", "s", "Time the rule engine spent on a batch, by rule set.");

    public static Counter<long> RulesFired { get; } = Meter.CreateCounter<long>("salesgraph.scoring.rules_fired", "{rule}", "Rule firings, by rule set.");

    public static Counter<long> LeadsRouted { get; } = Meter.CreateCounter<long>("salesgraph.leads.routed", "{lead}", "Leads routed to a new team or rep, by team.");

    public static Counter<long> RuleSetsPublished { get; } = Meter.CreateCounter<long>("salesgraph.rules.published", "{version}", "Rule-set versions published, by rule set.");

    public static Counter<long> RuleSetsRolledBack { get; } = Meter.CreateCounter<long>("salesgraph.rules.rolled_back", "{version}", "Rollbacks, by rule set.");

    public static Histogram<double> GraphQLDuration { get; } = Meter.CreateHistogram<double>("salesgraph.graphql.request.duration", "s", "GraphQL operations, by operation type and name.");

    /// <summary>Starts a child span of the current one, or nothing when no one listens.</summary>
    public static Activity? Start(string name) => Source.StartActivity(name);
}
