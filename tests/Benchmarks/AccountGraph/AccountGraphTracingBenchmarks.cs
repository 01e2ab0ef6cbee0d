using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace SalesGraph.Benchmarks.AccountGraph;

/// <summary>
/// The account-graph page over GraphQL (<see cref="AccountGraphBenchmarks.Query"/>, same host and data) with tracing off
/// (the default: metrics only) and on (<c>Telemetry:Tracing</c>: ASP.NET Core's request span, GraphQL.NET's operation span with
/// our attributes, always sampled, through OpenTelemetry's batching processor into an exporter that reads every span's name and
/// attributes). BenchmarkDotNet runs each method in its own process and each process sets up only its own host, so the tracer's
/// listener (process-wide, as ActivitySource listeners are) is never there for the untraced method.
/// </summary>
[MemoryDiagnoser]
public class AccountGraphTracingBenchmarks
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesgraph-bench-{Guid.NewGuid():N}.db");
    private readonly ConsumingExporter _exporter = new();
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [GlobalSetup(Target = nameof(TracingOff))]
    public void SetupOff() => Setup(tracing: false);

    [GlobalSetup(Target = nameof(TracingOn))]
    public void SetupOn() => Setup(tracing: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// spans exported: {_exporter.Spans}, attributes read: {_exporter.Attributes}");
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true)]
    public Task<string> TracingOff() => AccountGraphBenchmarks.PostQueryAsync(_client);

    [Benchmark]
    public Task<string> TracingOn() => AccountGraphBenchmarks.PostQueryAsync(_client);

    private void Setup(bool tracing)
    {
        (_factory, _client) = AccountGraphBenchmarks.StartHost(_path, builder =>
        {
            builder.UseSetting("Telemetry:Tracing", tracing ? "true" : "false");
            if (tracing)
                builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new BatchActivityExportProcessor(_exporter))));
        });
        JitWarmUp.Run(() => AccountGraphBenchmarks.PostQueryAsync(_client).GetAwaiter().GetResult());
        _factory.Services.GetService<TracerProvider>()?.ForceFlush();
        if (tracing != _exporter.SawOperationSpan)
        {
            throw new InvalidOperationException(tracing ? "Tracing is on but no GraphQL operation span was exported." : "Tracing is off but spans were exported.");
        }
    }

    /// <summary>Reads each span's name, status and attributes, as an exporter that serialises them would, and keeps only counts.</summary>
    private sealed class ConsumingExporter : BaseExporter<Activity>
    {
        public long Spans { get; private set; }

        public long Attributes { get; private set; }

        public bool SawOperationSpan { get; private set; }

        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var activity in batch)
            {
                Spans++;
                var length = activity.DisplayName.Length + activity.Status.ToString().Length;
                foreach (var tag in activity.TagObjects)
                {
                    Attributes++;
                    length += tag.Key.Length + (tag.Value?.ToString()?.Length ?? 0);
                }

                SawOperationSpan |= activity.Source.Name == "GraphQL" && activity.DisplayName.StartsWith("query", StringComparison.Ordinal) && length > 0;
            }

            return ExportResult.Success;
        }
    }
}
