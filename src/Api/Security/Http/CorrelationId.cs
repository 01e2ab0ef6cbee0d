using System.Diagnostics;

namespace SalesGraph.Api.Security.Http;

/// <summary>The id that ties an error in a response to its entry in the log: the trace id when tracing, else the request id.</summary>
public static class CorrelationId
{
    public static string For(HttpContext? context) =>
        Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
}
