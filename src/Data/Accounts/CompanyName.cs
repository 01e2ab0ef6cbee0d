using System.Globalization;
using System.Text;

namespace SalesGraph.Data.Accounts;

/// <summary>Company-name normalisation for <see cref="Account.NormalizedName"/>, so that "ACME Corp." matches "Acme Corporation".</summary>
public static class CompanyName
{
    private static readonly HashSet<string> LegalForms =
    [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc",
        "gmbh", "ag", "bv", "nv", "sa", "sarl", "srl", "spa", "oy", "ab", "as", "pty", "lp", "llp",
    ];

    /// <summary>Lower-case words without punctuation and without legal-form suffixes, joined by single spaces.</summary>
    public static string Normalize(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            letters.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>A plausible web domain for a company name: its letters and digits, lower-case, plus ".com".</summary>
    public static string ToDomain(string name) =>
        string.Concat(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)) + ".com";
}
