using Microsoft.Net.Http.Headers;

namespace SalesGraph.Api.OperationsConsole;

/// <summary>The paths of the browser console and of GraphiQL, and the security headers their pages carry.</summary>
public static class ConsolePages
{
    public const string ConsolePath = "/console";
    public const string GraphiQLAssets = "/graphiql";
    public const string GraphiQLPage = "graphiql/index.html";

    /// <summary>Scripts and styles from this origin only: no inline script, no eval, no other host; data calls to this origin only.</summary>
    public const string ConsolePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>GraphiQL's editor sets style attributes and ships its fonts as data: URLs; scripts are still this origin's files only.</summary>
    public const string GraphiQLPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static bool IsConsoleAsset(PathString path) =>
        path.StartsWithSegments(ConsolePath) || path.StartsWithSegments(GraphiQLAssets);

    /// <summary>A browser opening the GraphQL endpoint: GET, asks for HTML, sends no query.</summary>
    public static bool IsGraphiQLRequest(HttpRequest request, PathString graphQLPath) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.Equals(graphQLPath)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static void AddSecurityHeaders(HttpResponse response, string policy)
    {
        response.Headers.ContentSecurityPolicy = policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
        // Revalidate every time (ETag), so a browser never runs a stale console after an upgrade.
        response.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true }.ToString();
    }
}
