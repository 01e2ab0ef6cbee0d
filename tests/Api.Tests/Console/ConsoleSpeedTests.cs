using System.Globalization;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace SalesGraph.Api.Tests.Console;

/// <summary>
/// The console's budgets on loopback with the demo data. Bytes and request counts are asserted (they do not depend on the
/// machine's load); times are measured and printed, never asserted (docs/performance.md records them).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleSpeedTests(ConsoleServer server, ITestOutputHelper output)
{
    private static readonly string[] Screens =
        ["#/rules", "#/editor?kind=LEAD_SCORING&id=1", "#/simulate?kind=LEAD_SCORING&run=1", "#/backtest?kind=LEAD_SCORING", "#/versions?kind=LEAD_SCORING", "#/audit", "#/leads", "#/leads/1"];

    /// <summary>Prints a figure and appends it to console-speed.txt in the test output folder (for docs/performance.md).</summary>
    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "console-speed.txt"), $"{DateTime.UtcNow:u} {line}{Environment.NewLine}");
    }

    [BrowserFact]
    public async Task FirstLoad_SignedIn_TransfersUnderOneAndAHalfMegabytesCompressed()
    {
        // A browser's first visit to a running API: one load in a throwaway context first (the API's own first requests
        // pay its JIT and the first compression of each file), then the measured load in a fresh context with an empty cache.
        var warmUp = await LoadAsync();
        var (bytes, ready, errors) = await LoadAsync();

        Report(string.Create(CultureInfo.InvariantCulture, $"first load: {bytes / 1024.0:F1} KiB transferred, rule-sets screen ready after {ready:F0} ms (the warm-up load before it: {warmUp.Ready:F0} ms)"));
        Assert.InRange(bytes, 1, 1_500_000);
        Assert.Empty(errors);
    }

    /// <summary>The console opened signed in, in a new browser context (empty cache): bytes transferred and ms until the rule-sets screen is ready.</summary>
    private async Task<(long Bytes, double Ready, List<string> Errors)> LoadAsync()
    {
        var context = await server.Browser.CreateBrowserContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var console = new ConsolePage(page, server.BaseAddress);
            await page.EvaluateFunctionOnNewDocumentAsync("k => sessionStorage.setItem('salesgraph.apiKey', k)", server.Ops.PlainText);

            await page.GoToAsync(new Uri(server.BaseAddress, "/console/").ToString(), WaitUntilNavigation.Load);
            await console.WaitReadyAsync();
            var bytes = await page.EvaluateExpressionAsync<long>(
                "performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((t, e) => t + e.transferSize, 0)");
            var ready = await page.EvaluateExpressionAsync<double>("performance.now()");
            return (bytes, ready, console.Errors);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task EveryScreen_LoadsItsDataInAtMostTwoGraphQLRequests()
    {
        await using var page = await server.OpenAsync(server.Ops);
        var requests = 0;
        page.Page.Request += (_, e) =>
        {
            if (e.Request.Url.EndsWith("/graphql", StringComparison.Ordinal) && e.Request.Method == HttpMethod.Post)
                Interlocked.Increment(ref requests);
        };

        foreach (var screen in Screens)
        {
            Volatile.Write(ref requests, 0);
            var started = DateTime.UtcNow;
            await page.GoAsync(screen);
            var count = Volatile.Read(ref requests);
            Report(string.Create(CultureInfo.InvariantCulture, $"{screen}: {count} GraphQL requests, ready in {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms"));
            Assert.InRange(count, 1, 2);
            await Task.Delay(400); // the editor's first live validation (debounced) is not screen data
        }
    }

    [BrowserFact]
    public async Task LiveValidation_HundredChecksFromTheBrowser_ReportsTheP95()
    {
        await using var page = await server.OpenAsync(server.Ops, "#/editor?kind=LEAD_SCORING");

        var times = await page.Page.EvaluateFunctionAsync<double[]>("""
            async () => {
              const query = 'mutation($input: ValidateScoringRuleInput!) { validateScoringRule(input: $input) { valid errors { ... on RuleValidationError { message position part } } } }';
              const key = sessionStorage.getItem('salesgraph.apiKey');
              const times = [];
              for (let i = 0; i < 120; i++) {
                const when = i % 2 ? `Lead.Employees >= ${i} && Lead.Country == "NL"` : `Lead.Employes >= ${i}`;
                const started = performance.now();
                const r = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
                  body: JSON.stringify({ query, variables: { input: { ruleSet: 'LEAD_SCORING', when, then: { addPoints: { dimension: 'FIT', points: 5 } } } } }) });
                await r.json();
                times.push(performance.now() - started);
              }
              return times.slice(20);
            }
            """);
        var sorted = times.Order().ToArray();
        var p50 = sorted[sorted.Length / 2];
        var p95 = sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1];

        Report(string.Create(CultureInfo.InvariantCulture, $"validateScoringRule from the browser: p50 {p50:F1} ms, p95 {p95:F1} ms, max {sorted[^1]:F1} ms over {sorted.Length}"));
        Assert.Equal(100, sorted.Length);
    }

    [BrowserFact]
    public async Task TrialOnOneLead_FortyFromTheBrowser_ReportsTheP95()
    {
        await using var page = await server.OpenAsync(server.Ops, "#/editor?kind=LEAD_SCORING");

        var times = await page.Page.EvaluateFunctionAsync<double[]>("""
            async () => {
              const query = 'query($rule: TrialScoringRuleInput!) { trialScoringRule(kind: LEAD_SCORING, leadId: 1, rule: $rule) { pointsAdded errors { message } } }';
              const key = sessionStorage.getItem('salesgraph.apiKey');
              const times = [];
              for (let i = 0; i < 45; i++) {
                const started = performance.now();
                const r = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
                  body: JSON.stringify({ query, variables: { rule: { when: `Lead.Employees >= ${i}`, then: { addPoints: { dimension: 'FIT', points: 5 } } } } }) });
                const body = await r.json();
                if (body.errors || body.data.trialScoringRule.errors.length) throw new Error(JSON.stringify(body));
                times.push(performance.now() - started);
              }
              return times.slice(5);
            }
            """);
        var sorted = times.Order().ToArray();

        Report(string.Create(CultureInfo.InvariantCulture,
            $"trialScoringRule from the browser (compiles the draft twice): p50 {sorted[sorted.Length / 2]:F1} ms, p95 {sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1]:F1} ms, max {sorted[^1]:F1} ms over {sorted.Length}"));
        Assert.Equal(40, sorted.Length);
    }
}
