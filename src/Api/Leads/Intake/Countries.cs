using System.Collections.Frozen;
using System.Globalization;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Resolves a country given as ISO 3166 alpha-2, alpha-3 or English name to alpha-2, from .NET's region data.</summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The upper-case alpha-2 code, or null when the text names no known country.</summary>
    public static string? ToAlpha2(string text) =>
        ByName.TryGetValue(text.Trim(), out var code) ? code : null;

    private static FrozenDictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            names.TryAdd(code, code);
            names.TryAdd(region.ThreeLetterISORegionName, code);
            names.TryAdd(region.EnglishName, code);
        }

        // Common names that differ from .NET's English region names.
        foreach (var (alias, code) in new[] { ("UK", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("USA", "US"), ("United States of America", "US"), ("Holland", "NL"), ("The Netherlands", "NL"), ("Hong Kong", "HK"), ("Russia", "RU"), ("South Korea", "KR"), ("Vietnam", "VN"), ("Czech Republic", "CZ") })
        {
            names.TryAdd(alias, code);
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
