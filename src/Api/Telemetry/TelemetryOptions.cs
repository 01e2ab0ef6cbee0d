namespace SalesGraph.Api.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section. Off by default except the Prometheus scrape endpoint.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "salesgraph";

    /// <summary>Collect traces: a span per GraphQL operation (GraphQL.NET's <c>UseTelemetry</c>), ASP.NET Core's request spans,
    /// and the child spans of intake, scoring, routing, simulation, backtest and database batches.</summary>
    public bool Tracing { get; set; }

    /// <summary>Export traces (when on) and metrics by OTLP to this endpoint (e.g. <c>http://otel-collector:4317</c>); null exports nothing by OTLP.</summary>
    public string? OtlpEndpoint { get; set; }

    public PrometheusOptions Prometheus { get; set; } = new();

    /// <summary>How often the overdue follow-ups (SLA breaches) are counted for the <c>salesgraph.leads.sla_overdue</c> gauge.</summary>
    public TimeSpan SlaCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public sealed class PrometheusOptions
    {
        public bool Enabled { get; set; } = true;

        public string Path { get; set; } = "/metrics";

        /// <summary>On the API's own port the endpoint needs a key or token with this role.</summary>
        public string Role { get; set; } = Security.Roles.Ops;

        /// <summary>Serve the endpoint only on this local port, without a role (add the port to the server's URLs, e.g.
        /// <c>--urls "http://+:5080;http://+:9464"</c>, and keep it off the public network).</summary>
        public int? Port { get; set; }
    }
}
