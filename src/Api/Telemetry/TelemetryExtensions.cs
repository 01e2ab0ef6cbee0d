using GraphQL.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SalesGraph.Api.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>OpenTelemetry: metrics for the Prometheus endpoint (on by default) and OTLP (with <see cref="TelemetryOptions.OtlpEndpoint"/>);
    /// traces only with <see cref="TelemetryOptions.Tracing"/>. Also the SLA monitor and the observable gauges.</summary>
    public static IServiceCollection AddSalesGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        services.AddSingleton<SlaMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<SlaMonitor>());
        services.AddSingleton<TelemetryGauges>();

        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceInstanceId: TelemetryGauges.Instance));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(SalesTelemetry.Name).AddAspNetCoreInstrumentation();
            if (options.Prometheus.Enabled)
                metrics.AddPrometheusExporter();
            if (otlp is not null)
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
        });
        if (options.Tracing)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(SalesTelemetry.Name, GraphQLTelemetryProvider.SourceName).AddAspNetCoreInstrumentation();
                if (otlp is not null)
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            });
        }

        return services;
    }

    /// <summary>The Prometheus scrape endpoint: on its own port without a role, or on the API's port for the configured role.</summary>
    public static void MapSalesGraphMetrics(this WebApplication app)
    {
        app.Services.GetRequiredService<TelemetryGauges>();
        var prometheus = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus;
        if (!prometheus.Enabled)
            return;
        var endpoint = app.MapPrometheusScrapingEndpoint(prometheus.Path);
        if (prometheus.Port is { } port)
        {
            endpoint.RequireHost($"*:{port}");
            return;
        }

        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.User;
            if (user.Identity?.IsAuthenticated != true)
                return Results.Unauthorized();
            return user.IsInRole(prometheus.Role) ? await next(context) : Results.Forbid();
        });
    }
}
