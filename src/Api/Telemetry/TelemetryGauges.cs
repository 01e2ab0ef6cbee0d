using System.Diagnostics.Metrics;
using SalesGraph.Api.Subscriptions.Transport;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Telemetry;

/// <summary>The observable gauges, read at collection time: the rule version each rule set runs at on this instance, the live
/// subscriptions and connections, and the overdue follow-ups. On a meter of the host's <see cref="IMeterFactory"/>, so the
/// callbacks go with the host.</summary>
public sealed class TelemetryGauges
{
    public TelemetryGauges(IMeterFactory meters, RuleEngine engine, SubscriptionRegistry subscriptions, SlaMonitor sla)
    {
        var meter = meters.Create(SalesTelemetry.Name);
        var instance = new KeyValuePair<string, object?>("instance", Instance);
        meter.CreateObservableGauge("salesgraph.rules.running_version", () => Enum.GetValues<RuleSetKind>()
            .Select(kind => new Measurement<int>(engine.Current(kind).Version, new KeyValuePair<string, object?>("rule_set", kind.ToString()), instance)),
            "{version}", "The rule-set version this instance runs, by rule set.");
        meter.CreateObservableGauge("salesgraph.subscriptions.active", () => new Measurement<int>(subscriptions.Active, instance),
            "{subscription}", "Live GraphQL subscriptions on this instance.");
        meter.CreateObservableGauge("salesgraph.subscriptions.connections", () => new Measurement<int>(subscriptions.Connections, instance),
            "{connection}", "Open WebSocket connections on this instance.");
        meter.CreateObservableGauge("salesgraph.leads.sla_overdue", () => sla.Overdue.Select(t => new Measurement<int>(t.Value, new KeyValuePair<string, object?>("team", t.Key))),
            "{lead}", "Routed leads past their follow-up deadline and still MQL (SLA breaches), by team.");
    }

    /// <summary>This process, as the <c>instance</c> attribute and <c>service.instance.id</c>.</summary>
    public static string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
