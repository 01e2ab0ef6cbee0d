using System.Text;

namespace SalesGraph.Data.Seed;

/// <summary>Lower-case e-mail addresses like <c>anna.de.jong@acmecorporation.com</c> for generated people.</summary>
internal static class DemoEmail
{
    public static string Address(string fullName, string domain)
    {
        var local = new StringBuilder();
        foreach (var c in fullName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                local.Append(c);
            }
            else if (local.Length > 0 && local[^1] != '.')
            {
                local.Append('.');
            }
        }

        return $"{local.ToString().Trim('.')}@{domain}";
    }

    /// <summary>As <see cref="Address"/>, with a number added when the address is already taken.</summary>
    public static string Unique(HashSet<string> taken, string fullName, string domain)
    {
        var address = Address(fullName, domain);
        for (var n = 2; !taken.Add(address); n++)
        {
            address = Address($"{fullName} {n}", domain);
        }

        return address;
    }
}
