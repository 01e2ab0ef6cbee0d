using PuppeteerSharp;

namespace SalesGraph.Api.Tests.Console;

/// <summary>The system Chromium (Debian package <c>chromium</c>), driven over the DevTools protocol; never a downloaded browser.</summary>
public static class ConsoleBrowser
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>SALESGRAPH_CHROMIUM, else /usr/bin/chromium; null when neither exists.</summary>
    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("SALESGRAPH_CHROMIUM"), DefaultPath }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static async Task<IBrowser> LaunchAsync()
    {
        var path = ExecutablePath ?? throw new InvalidOperationException($"No Chromium at {DefaultPath}: install it with `apt-get install -y chromium`.");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Browser = SupportedBrowser.Chromium,
            DefaultViewport = new ViewPortOptions { Width = 1360, Height = 900 },
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--disable-extensions"],
        });
    }
}
