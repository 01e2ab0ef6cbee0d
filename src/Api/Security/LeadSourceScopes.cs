using System.Collections.Frozen;
using System.Security.Claims;
using GraphQL;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Security;

/// <summary>
/// A key's or token's lead-source scope: the sources it may submit and read, named as in the schema (<c>WEB_FORM</c>).
/// No scope claim means all sources; a claim whose names are all unknown means none (fail closed).
/// </summary>
public static class LeadSourceScopes
{
    /// <summary>The claim on the request's principal: comma- or space-separated source names, possibly several claims.</summary>
    public const string ClaimType = "lead_sources";

    private static readonly FrozenDictionary<string, LeadSource> ByName = Enum.GetValues<LeadSource>()
        .SelectMany(s => new[] { (Name(s), s), (s.ToString(), s) })
        .DistinctBy(p => p.Item1, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.Item1, p => p.s, StringComparer.OrdinalIgnoreCase);

    /// <summary>The schema's names of all sources, for messages: <c>WEB_FORM, WEBINAR, …</c>.</summary>
    public static string ValidNames { get; } = string.Join(", ", Enum.GetValues<LeadSource>().Select(Name));

    /// <summary>The schema's name of a source (<c>WebForm</c> → <c>WEB_FORM</c>).</summary>
    public static string Name(LeadSource source) => source.ToString().ToConstantCase();

    /// <summary>Reads a list such as <c>WEB_FORM,WEBINAR</c>; false with the unknown names when any is not a source.</summary>
    public static bool TryParse(string text, out LeadSource[] sources, out string[] unknown)
    {
        var names = Split(text);
        unknown = [.. names.Where(n => !ByName.ContainsKey(n))];
        sources = [.. names.Where(ByName.ContainsKey).Select(n => ByName[n]).Distinct().Order()];
        return unknown.Length == 0 && sources.Length > 0;
    }

    /// <summary>The stored form of a scope (enum names, comma-separated), null for all.</summary>
    public static string? ToStored(IReadOnlyCollection<LeadSource>? sources) =>
        sources is null ? null : string.Join(",", sources.Order());

    /// <summary>The sources of a stored scope, null for all.</summary>
    public static LeadSource[]? FromStored(string? stored) =>
        stored is null ? null : [.. Split(stored).Where(ByName.ContainsKey).Select(n => ByName[n])];

    /// <summary>The schema's names of a stored scope, or <c>all</c>.</summary>
    public static string Describe(string? stored) => FromStored(stored) is { } sources ? string.Join(",", sources.Select(Name)) : "all";

    /// <summary>The principal's scope: null (all sources) without a <see cref="ClaimType"/> claim.</summary>
    public static LeadSource[]? Of(ClaimsPrincipal user)
    {
        var claims = user.FindAll(ClaimType).ToList();
        return claims.Count == 0
            ? null
            : [.. claims.SelectMany(c => Split(c.Value)).Where(ByName.ContainsKey).Select(n => ByName[n]).Distinct()];
    }

    private static string[] Split(string text) =>
        text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
