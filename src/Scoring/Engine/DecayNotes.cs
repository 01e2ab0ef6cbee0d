using System.Globalization;

namespace SalesGraph.Scoring.Engine;

/// <summary>The "decayed ×0.50" note of a decay factor, formatted with the current culture as before but once per factor and
/// decimal separator on each thread instead of once per subject (formatting a double was ~9 % of a scoring session).</summary>
internal static class DecayNotes
{
    private const int MaxCached = 4096;

    [ThreadStatic]
    private static Cache? t_cache;

    public static string For(double factor)
    {
        var separator = NumberFormatInfo.CurrentInfo.NumberDecimalSeparator;
        var cache = t_cache;
        if (cache is null || !string.Equals(cache.Separator, separator, StringComparison.Ordinal))
            t_cache = cache = new Cache(separator);
        if (cache.Notes.TryGetValue(factor, out var note))
            return note;
        note = "decayed ×" + factor.ToString("0.00", CultureInfo.CurrentCulture);
        if (cache.Notes.Count < MaxCached)
            cache.Notes[factor] = note;
        return note;
    }

    private sealed class Cache(string separator)
    {
        public string Separator { get; } = separator;

        public Dictionary<double, string> Notes { get; } = [];
    }
}
