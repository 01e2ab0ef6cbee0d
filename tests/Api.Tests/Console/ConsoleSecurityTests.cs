namespace SalesGraph.Api.Tests.Console;

[Collection(ConsoleCollection.Name)]
public sealed class ConsoleSecurityTests(ConsoleServer server)
{
    private const string LeadName = "<img src=x onerror=alert(1)>";
    private const string RuleName = "</script><script>alert(1)</script>";

    [BrowserFact]
    public async Task HostileLeadAndRuleNames_AreShownAsText_AndNothingRuns()
    {
        var lead = await server.DataAsync("""
            mutation($name: String!) { submitLead(input: { source: WEB_FORM, externalId: "console-xss", email: "x@example.org",
              firstName: $name, lastName: $name, company: $name, country: "NL" }) { lead { id } errors { ... on Error { message } } } }
            """, new { name = LeadName });
        var leadId = (int)lead["submitLead"]!["lead"]!["id"]!;
        await server.DataAsync("""
            mutation($name: String!) { createScoringRule(input: { ruleSet: LEAD_SCORING, name: $name, when: "Lead.Employees >= 777777",
              then: { addPoints: { dimension: FIT, points: 1 } } }) { rule { id } } }
            """, new { name = RuleName });

        await using var page = await server.OpenAsync(server.Admin, $"#/leads/{leadId}");
        Assert.Contains(LeadName, await page.TextAsync("#lead-name"), StringComparison.Ordinal);
        await page.ScreenshotAsync("14-xss-lead");
        await page.GoAsync($"#/leads?q={Uri.EscapeDataString("onerror")}");
        Assert.Contains(LeadName, await page.TextAsync("#leads-table"), StringComparison.Ordinal);
        await page.GoAsync("#/rules?kind=LEAD_SCORING");
        Assert.Contains(RuleName, await page.TextAsync("#rules-table"), StringComparison.Ordinal);
        await page.GoAsync("#/audit");
        Assert.Contains(RuleName, await page.TextAsync("#audit-timeline"), StringComparison.Ordinal);
        await page.ScreenshotAsync("15-xss-rule-audit");

        Assert.Empty(page.Dialogs);
        Assert.Equal(0, await page.CountAsync("img"));
        Assert.Equal(1, await page.CountAsync("script"));
    }

    [BrowserFact]
    public async Task Reader_SeesNoEditControls_AndADirectMutationFromItsSessionIsRefused()
    {
        var id = (int)(await server.DataAsync("{ leads(first: 1, order: [{ totalScore: DESC }]) { nodes { id } } }"))["leads"]!["nodes"]![0]!["id"]!;
        await using var page = await server.OpenAsync(server.Reader, $"#/leads/{id}");

        Assert.Equal("reader", await page.TextAsync("#who-role"));
        await page.WaitAsync("#why-table");
        Assert.Equal(0, await page.CountAsync(".edit-control, #rescore, #publish, #save-rule"));
        await page.ScreenshotAsync("16-reader-lead");
        await page.GoAsync("#/rules");
        Assert.Equal(0, await page.CountAsync(".edit-control"));

        var answer = await page.Page.EvaluateFunctionAsync<string>("""
            async () => (await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': sessionStorage.getItem('salesgraph.apiKey') },
              body: JSON.stringify({ query: 'mutation { rescoreLeads(input: {}) { evaluated } }' }) })).text()
            """);
        Assert.Contains("AUTH_NOT_AUTHORIZED", answer, StringComparison.Ordinal);
    }
}
