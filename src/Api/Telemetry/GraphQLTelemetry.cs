using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using GraphQL.Telemetry;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Telemetry;

/// <summary>
/// GraphQL.NET's own operation span (<c>UseTelemetry</c>: named "{operation type} {operation name}", with the semantic-convention
/// attributes), enriched with the document hash, the errors and the rule-set versions the request ran against; and the
/// <c>salesgraph.graphql.request.duration</c> histogram, recorded whether or not tracing is on.
/// </summary>
public static class GraphQLTelemetry
{
    public static IGraphQLBuilder AddSalesGraphTelemetry(this IGraphQLBuilder builder) => builder
        .UseTelemetry(options =>
        {
            options.EnrichWithExecutionOptions = (activity, execution) =>
            {
                if (execution.Query is { } query)
                    activity.SetTag("graphql.document.hash", DocumentHash(query));
                if (execution.RequestServices?.GetService<RuleEngine>() is { } engine)
                {
                    foreach (var kind in Enum.GetValues<RuleSetKind>())
                        activity.SetTag($"salesgraph.rules.{kind}.version", engine.Current(kind).Version);
                }
            };
            options.EnrichWithExecutionResult = (activity, _, result) =>
            {
                if (result.Errors is not { Count: > 0 } errors)
                    return;
                activity.SetTag("graphql.errors.count", errors.Count);
                activity.SetTag("graphql.errors.codes", string.Join(",", errors.Select(e => e.Code).OfType<string>().Distinct()));
                activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
            };
        })
        .ConfigureExecution<GraphQLRequestDuration>();

    /// <summary><c>sha256:&lt;hex&gt;</c> of the document text: the form of a trusted document's id.</summary>
    public static string DocumentHash(string query) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>Times each execution and records it by operation type and name.</summary>
    public sealed class GraphQLRequestDuration : IConfigureExecution
    {
        public float SortOrder => 50;

        public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            if (!SalesTelemetry.GraphQLDuration.Enabled)
                return await next(options);
            var started = Stopwatch.GetTimestamp();
            var result = await next(options);
            var operation = result.Operation;
            SalesTelemetry.GraphQLDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("operation_type", operation?.Operation.ToString().ToLowerInvariant() ?? "unknown"),
                new KeyValuePair<string, object?>("operation_name", operation?.Name?.StringValue ?? ""));
            return result;
        }
    }
}
