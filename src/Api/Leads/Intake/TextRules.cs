using System.Globalization;
using System.Text;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Checks every submitted string the same way: trimmed, NFC, no control characters or broken surrogates, a length cap.</summary>
public static class TextRules
{
    /// <summary>The cleaned text (null for null or blank), or the error code and message.</summary>
    public static (string? Value, string? Code, string? Message) Clean(string? text, int maxLength)
    {
        if (text is null)
        {
            return (null, null, null);
        }

        // Measured before any work on it: a 10 MB value is refused without being normalised or copied.
        if (text.Length > maxLength * 4)
        {
            return (null, "TOO_LONG", $"is {text.Length} characters long; at most {maxLength} are allowed.");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                return (null, "CONTROL_CHARACTER", $"contains the control character U+{(int)c:X4} at position {i}.");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFD')
            {
                // U+FFFD is what a JSON reader makes of a lone surrogate or broken UTF-8: the sender's encoding is broken.
                return (null, "INVALID_UNICODE", $"contains broken Unicode (an unpaired surrogate or U+FFFD) at position {i}.");
            }
        }

        var value = text.Trim().Normalize(NormalizationForm.FormC);
        if (value.Length == 0)
        {
            return (null, null, null);
        }

        return value.Length > maxLength
            ? (null, "TOO_LONG", $"is {value.Length} characters long; at most {maxLength} are allowed.")
            : (value, null, null);
    }

    /// <summary>A lower-case ASCII (punycode) host name, without scheme, path or <c>www.</c>; null when it is not one.</summary>
    public static string? HostName(string text)
    {
        var host = text.Trim().ToLowerInvariant();
        if (host.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0)
        {
            host = host[(scheme + 3)..];
        }

        host = host.Split('/', '?', '#')[0].TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        try
        {
            host = new IdnMapping().GetAscii(host);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = host.Split('.');
        var valid = host.Length <= 253 && labels.Length >= 2 && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetterOrDigit)
            && labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
        return valid ? host : null;
    }
}
