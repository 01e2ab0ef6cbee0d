namespace SalesGraph.Scoring.Tenders;

/// <summary>How closely a tender's CPV codes fit the codes the company serves. CPV is hierarchical and trailing zeros are
/// wildcards, so "72000000" serves every code starting with "72"; the score is the longest matching prefix's length.</summary>
public sealed class CpvMatcher(IEnumerable<string> servedCodes)
{
    private readonly string[] _prefixes = [.. servedCodes.Select(Prefix).Where(p => p.Length > 0).Distinct()];

    /// <summary>0 when nothing matches; otherwise the number of significant digits of the best served code that matches.</summary>
    public int MatchDigits(string? mainCpv, string? cpvCodes)
    {
        var best = 0;
        foreach (var code in (cpvCodes ?? "").Split('|').Append(mainCpv ?? ""))
        {
            var digits = Digits(code);
            if (digits.Length == 0)
                continue;
            foreach (var prefix in _prefixes)
            {
                if (prefix.Length > best && digits.StartsWith(prefix, StringComparison.Ordinal))
                    best = prefix.Length;
            }
        }
        return best;
    }

    private static string Digits(string code)
    {
        var dash = code.IndexOf('-');
        return (dash >= 0 ? code[..dash] : code).Trim();
    }

    private static string Prefix(string code) => Digits(code).TrimEnd('0');
}
