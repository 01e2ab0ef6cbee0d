namespace SalesGraph.Api.Leads.Intake;

/// <summary>Mailbox providers whose domain says nothing about the sender's company; such domains never match an account.</summary>
public static class FreeMailDomains
{
    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com",
        "aol.com", "web.de", "t-online.de", "freenet.de", "proton.me", "protonmail.com", "pm.me", "mail.com", "mail.ru",
        "yandex.ru", "yandex.com", "zoho.com", "gmx.net", "tutanota.com", "fastmail.com", "hey.com", "qq.com", "163.com",
        "126.com", "rediffmail.com", "ziggo.nl", "kpnmail.nl", "home.nl", "planet.nl", "hetnet.nl", "xs4all.nl", "telenet.be",
        "skynet.be", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "libero.it", "virgilio.it", "btinternet.com",
    };

    // Providers with a domain per country: yahoo.co.uk, gmx.de, hotmail.fr, outlook.de, live.nl.
    private static readonly HashSet<string> AnyCountry = new(StringComparer.Ordinal) { "yahoo", "ymail", "gmx", "hotmail", "outlook", "live", "aol" };

    /// <summary>True for a lower-case domain of a free mailbox provider.</summary>
    public static bool Contains(string domain) =>
        Exact.Contains(domain) || (domain.IndexOf('.') is > 0 and var dot && AnyCountry.Contains(domain[..dot]));
}
