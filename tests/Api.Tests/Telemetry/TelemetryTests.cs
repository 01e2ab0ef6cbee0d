using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SalesGraph.Api.Security;
using SalesGraph.Api.Telemetry;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Telemetry;

public sealed class TelemetryTests : IDisposable
{
    private const string Intake = "mutation TelemetryIntake($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } outcome { score route } errors { ... on Error { message } } } }";

    private readonly ApiFactory _api = new();
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];

    public TelemetryTests()
    {
        _api.Settings["Telemetry:Tracing"] = "true";
        _api.TestServices.Add(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics)));
    }

    [Fact]
    public async Task SubmitLead_WithTracingOn_RecordsTheOperationSpanItsChildSpansAndTheIntakeMetrics()
    {
        await _api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)));
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Intake, variables = new { input = new { source = "EVENT", externalId = "otel-1", email = "cio@bigcorp.nl", jobTitle = "CIO", employees = 5000, country = "NL", industry = "Software", consentEmail = true } } }),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        var response = await _api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("errors\":[{", await response.Content.ReadAsStringAsync());
        _api.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var spans = _spans.Where(s => s.TraceId == trace).ToList();
        var operation = Assert.Single(spans, s => s.Source.Name == "GraphQL");
        Assert.Equal("mutation TelemetryIntake", operation.DisplayName);
        Assert.Equal("mutation", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("TelemetryIntake", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal(GraphQLTelemetry.DocumentHash(Intake), operation.GetTagItem("graphql.document.hash"));
        Assert.Equal(1, operation.GetTagItem("salesgraph.rules.LeadScoring.version"));
        Assert.Null(operation.GetTagItem("graphql.errors.count"));
        var intake = Assert.Single(spans, s => s.DisplayName == "lead.intake");
        Assert.Equal(operation.SpanId, intake.ParentSpanId);
        Assert.Equal(1, intake.GetTagItem("salesgraph.leads.count"));
        Assert.Equal(intake.SpanId, Assert.Single(spans, s => s.DisplayName == "lead.scoring").ParentSpanId);
        Assert.Equal(1, Assert.Single(spans, s => s.DisplayName == "lead.routing").GetTagItem("salesgraph.leads.routed"));
        Assert.Equal(intake.SpanId, Assert.Single(spans, s => s.DisplayName == "db.batch").ParentSpanId);

        // The meter is process-wide: other tests' hosts add to it, so points are looked up by this request's attributes.
        Assert.True(Sum("salesgraph.leads.received", ("source", "Event")) >= 1);
        Assert.True(Sum("salesgraph.leads.routed", ("team", "Enterprise EMEA")) >= 1);
        Assert.True(Sum("salesgraph.scoring.rules_fired", ("rule_set", "LeadScoring")) >= 1);
        Assert.Equal(1, Count("salesgraph.graphql.request.duration", ("operation_name", "TelemetryIntake")));
        Assert.True(Count("salesgraph.scoring.duration", ("rule_set", "Lead")) >= 1);
        Assert.Contains(Points("salesgraph.rules.running_version"), p => Tag(p, "rule_set") == "LeadScoring" && p.GetGaugeLastValueLong() == 1);
    }

    [Fact]
    public async Task Metrics_ServedToOpsOnly()
    {
        await _api.ArrangeAsync();

        var anonymous = await _api.CreateAnonymousClient().GetAsync("/metrics");
        var reader = await _api.CreateClient(await _api.CreateKeyAsync(Roles.Marketing)).GetAsync("/metrics");
        var ops = await _api.CreateClient(await _api.CreateKeyAsync(Roles.Ops)).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
        Assert.Contains("salesgraph_rules_running_version", await ops.Content.ReadAsStringAsync());
    }

    public void Dispose() => _api.Dispose();

    private List<MetricPoint> Points(string name) =>
        [.. _metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints)];

    private long Sum(string name, (string Key, string Value) tag) =>
        Points(name).Where(p => Tag(p, tag.Key) == tag.Value).Sum(p => p.GetSumLong());

    private long Count(string name, (string Key, string Value) tag) =>
        Points(name).Where(p => Tag(p, tag.Key) == tag.Value).Sum(p => p.GetHistogramCount());

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
                return tag.Value?.ToString();
        }

        return null;
    }
}
