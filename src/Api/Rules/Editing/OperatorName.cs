using GraphQL;

namespace SalesGraph.Api.Rules.Editing;

/// <summary>Who made a change, for the audit: the authenticated principal (API key name, token subject name), else the
/// <c>X-User</c> header, else "anonymous".</summary>
public static class OperatorName
{
    public const string Header = "X-User";

    public static string From(IResolveFieldContext context)
    {
        if (context.User?.Identity?.Name is { Length: > 0 } name)
            return Limit(name);
        var http = context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext;
        return http?.Request.Headers[Header].ToString() is { Length: > 0 } header ? Limit(header) : "anonymous";
    }

    private static string Limit(string name) => name.Length <= 200 ? name : name[..200];
}
