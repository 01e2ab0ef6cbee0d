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

    /// <summary>Every control that changes something; none may show for a reader.</summary>
    private const string EditControls = ".edit-control, #rescore, #publish, #publish-form, #save-rule, #new-rule, #apply-suggestion, .add-candidate, .rollback, #conflict-overwrite";

    [BrowserFact]
    public async Task Reader_SeesEveryScreenReadOnly_AndADirectMutationFromItsSessionIsRefused()
    {
        var id = (int)(await server.DataAsync("{ leads(first: 1, order: [{ totalScore: DESC }]) { nodes { id } } }"))["leads"]!["nodes"]![0]!["id"]!;
        var running = (int)(await server.DataAsync("{ ruleSet(kind: LEAD_SCORING) { runningVersion } }"))["ruleSet"]!["runningVersion"]!;
        var ruleId = (int)(await server.DataAsync("{ ruleSet(kind: LEAD_SCORING) { draft { rules { id } } } }"))["ruleSet"]!["draft"]!["rules"]![0]!["id"]!;
        await using var page = await server.OpenAsync(server.Reader, $"#/leads/{id}");

        Assert.Equal("reader", await page.TextAsync("#who-role"));
        Assert.Equal($"v{running}", await page.TextAsync("#running-LEAD_SCORING"));
        await page.WaitAsync("#why-table");
        Assert.True(await page.CountAsync("#why-table tbody tr[data-applied=false]") > 0, "a reader sees the rules that did not apply too");
        Assert.Equal(0, await page.CountAsync(EditControls));
        await page.ScreenshotAsync("16-reader-lead");

        await page.GoAsync("#/rules?kind=LEAD_SCORING");
        Assert.True(await page.CountAsync("#rules-table tbody tr") > 5);
        Assert.Equal(4, await page.CountAsync(".kind-card"));
        Assert.Contains("Read-only", await page.TextAsync("#read-only-note"), StringComparison.Ordinal);
        Assert.Equal(0, await page.CountAsync(EditControls));
        await page.ScreenshotAsync("20-reader-rules");

        await page.GoAsync($"#/editor?kind=LEAD_SCORING&id={ruleId}&lead={id}");
        Assert.Contains("Read-only", await page.TextAsync("#read-only-note"), StringComparison.Ordinal);
        Assert.True(await page.Page.EvaluateExpressionAsync<bool>("document.querySelector('#rule-when').readOnly && document.querySelector('#action-form').disabled"));
        await page.ClickAsync("#test-lead");
        await page.WaitAsync("#trial");

        await page.GoAsync("#/simulate?kind=LEAD_SCORING&run=1");
        await page.WaitAsync("#sim-changed");
        await page.GoAsync("#/backtest?kind=LEAD_SCORING");
        await page.WaitAsync("#suggest-table");
        await page.WaitAsync("#rule-suggestions");
        Assert.NotEqual("–", await page.TextAsync("#auc-draft"));
        await page.GoAsync("#/versions?kind=LEAD_SCORING");
        await page.WaitAsync("#versions-table");
        await page.WaitAsync("#version-diff");
        await page.GoAsync("#/audit");
        await page.WaitAsync("#audit-timeline");
        Assert.Equal(0, await page.CountAsync(EditControls));
        Assert.Empty(page.Errors);

        foreach (var mutation in new[] { "mutation { rescoreLeads(input: {}) { evaluated } }",
            "mutation { createScoringRule(input: { ruleSet: LEAD_SCORING, name: \"reader rule\", when: \"Lead.Employees > 1\", then: { addPoints: { dimension: FIT, points: 1 } } }) { rule { id } } }",
            "mutation { applySuggestedPoints(input: { kind: LEAD_SCORING }) { applied } }",
            "mutation { publishRuleSet(input: { kind: LEAD_SCORING }) { version { number } } }" })
        {
            var answer = await page.Page.EvaluateFunctionAsync<string>("""
                async (query) => (await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': sessionStorage.getItem('salesgraph.apiKey') },
                  body: JSON.stringify({ query }) })).text()
                """, mutation);
            Assert.Contains("AUTH_NOT_AUTHORIZED", answer, StringComparison.Ordinal);
        }
        Assert.Equal(0, (int)(await server.DataAsync("{ scoringRules(where: { name: { eq: \"reader rule\" } }) { totalCount } }"))["scoringRules"]!["totalCount"]!);
        Assert.Equal(running, (int)(await server.DataAsync("{ ruleSet(kind: LEAD_SCORING) { runningVersion } }"))["ruleSet"]!["runningVersion"]!);
    }
}
