namespace SalesGraph.Api.Tests.Console;

/// <summary>A test that drives the system Chromium: skipped with the install command when it is missing, except in CI (CI=true),
/// where a missing browser fails the test.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ConsoleBrowser.ExecutablePath is null && !ConsoleBrowser.InCi)
            Skip = $"No Chromium at {ConsoleBrowser.DefaultPath}: install it with `apt-get install -y chromium` (CI=true fails instead of skipping).";
    }
}
