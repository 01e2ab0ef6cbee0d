namespace SalesGraph.Api.Tests.Console;

[Collection(ConsoleCollection.Name)]
public sealed class ConsoleRuleEditingTests(ConsoleServer server)
{
    [BrowserFact]
    public async Task SignIn_WithAnOpsKey_HeaderShowsNameRoleAndRunningVersions()
    {
        await using var page = await server.OpenAsync(server.Ops);

        Assert.Equal("console ops", await page.TextAsync("#who-name"));
        Assert.Equal("ops", await page.TextAsync("#who-role"));
        var running = (int)(await server.DataAsync("{ ruleSet(kind: LEAD_SCORING) { runningVersion } }"))["ruleSet"]!["runningVersion"]!;
        Assert.Equal($"v{running}", await page.TextAsync("#running-LEAD_SCORING"));
        Assert.Equal(4, await page.CountAsync(".kind-card"));
        Assert.True(await page.CountAsync("#rules-table tbody tr") > 5);
        Assert.False(await page.Page.EvaluateFunctionAsync<bool>("k => Object.values(localStorage).some(v => v.includes(k))", server.Ops.PlainText), "the key is never in localStorage");
        Assert.Equal(server.Ops.PlainText, await page.Page.EvaluateExpressionAsync<string>("sessionStorage.getItem('salesgraph.apiKey')"));
        Assert.DoesNotContain(server.Ops.PlainText, page.Page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync("01-rule-sets");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task Editor_UnknownMember_UnderlinedAtItsPositionWithTheMessage_AndFixingItClearsIt()
    {
        await using var page = await server.OpenAsync(server.Ops, "#/editor?kind=LEAD_SCORING");

        await page.Page.TypeAsync("#rule-when", "Lead.Country == \"NL\" && Lead.Employes > 5");
        await page.WaitAsync("#validation-errors");

        Assert.Contains("Employes", await page.TextAsync("#validation-errors"), StringComparison.Ordinal);
        Assert.Contains("at 30", await page.TextAsync("#validation-errors"), StringComparison.Ordinal);
        Assert.Equal("Employes", await page.TextAsync(".code-highlight .error-mark"));
        await page.ScreenshotAsync("02-editor-error");

        await page.ReplaceTextAsync("#rule-when", "Lead.Country == \"NL\" && Lead.Employees > 5");
        await page.WaitAsync("#validation-ok");
        Assert.Equal(0, await page.CountAsync(".error-mark"));
        Assert.Equal(0, await page.CountAsync("#validation-errors"));
    }

    [BrowserFact]
    public async Task Editor_TypingAFactAndADot_OffersItsMembers()
    {
        await using var page = await server.OpenAsync(server.Ops, "#/editor?kind=LEAD_SCORING");

        await page.Page.TypeAsync("#rule-when", "Lead.Emp");
        await page.WaitAsync(".completion li");
        Assert.Contains("Employees", await page.TextAsync(".completion"), StringComparison.Ordinal);
        await page.ScreenshotAsync("03-editor-completion");

        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("Lead.Employees", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#rule-when').value"));
    }

    [BrowserFact]
    public async Task Editor_SaveANewRule_AppearsInTheTableAndInTheAudit()
    {
        var name = $"Console big company {Guid.NewGuid():N}"[..30];
        await using var page = await server.OpenAsync(server.Ops, "#/editor?kind=LEAD_SCORING");

        await page.Page.TypeAsync("#rule-name", name);
        await page.Page.TypeAsync("#rule-when", "Lead.Employees >= 5000");
        await page.ReplaceTextAsync("#action-points", "7");
        await page.WaitAsync("#validation-ok");
        await page.ClickAsync("#save-rule");
        await page.UntilAsync("n => document.querySelector('#rules-table')?.textContent.includes(n)", name);
        await page.ScreenshotAsync("04-rule-saved");

        await page.GoAsync("#/audit");
        var timeline = await page.TextAsync("#audit-timeline");
        Assert.Contains(name, timeline, StringComparison.Ordinal);
        Assert.Contains("console ops", timeline, StringComparison.Ordinal);
        Assert.Contains("create", timeline, StringComparison.Ordinal);
        await page.ScreenshotAsync("05-audit");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task Editor_StaleSave_ShowsTheOtherChangeAndReloadsIt()
    {
        var name = $"Console stale {Guid.NewGuid():N}"[..24];
        var created = await server.DataAsync("""
            mutation($name: String!) { createScoringRule(input: { ruleSet: LEAD_SCORING, name: $name, when: "Lead.Employees >= 9000",
              then: { addPoints: { dimension: FIT, points: 3 } }, priority: 10 }) { rule { id version } } }
            """, new { name });
        var id = (int)created["createScoringRule"]!["rule"]!["id"]!;
        await using var page = await server.OpenAsync(server.Ops, $"#/editor?kind=LEAD_SCORING&id={id}");

        await server.DataAsync("mutation($id: Int!) { updateScoringRule(input: { id: $id, expectedVersion: 1, priority: 77 }) { rule { version } } }", new { id });
        await page.ReplaceTextAsync("#rule-priority", "55");
        await page.ClickAsync("#save-rule");
        var conflict = await page.TextAsync("#conflict-box");

        Assert.Contains("version 2", conflict, StringComparison.Ordinal);
        Assert.Contains("77", conflict, StringComparison.Ordinal);
        await page.ScreenshotAsync("06-editor-conflict");
        await page.ClickAsync("#conflict-reload");
        await page.UntilAsync("() => document.querySelector('#rule-priority').value === '77' && !document.querySelector('#conflict-box')");
    }

    [BrowserFact]
    public async Task Editor_TestOnOneLead_UsesTheUnsavedTextAndShowsWhatTheRuleAdds()
    {
        var name = $"Console trial {Guid.NewGuid():N}"[..22];
        var created = await server.DataAsync("""
            mutation($name: String!) { createScoringRule(input: { ruleSet: LEAD_SCORING, name: $name, when: "Lead.Employees >= 987654",
              then: { addPoints: { dimension: FIT, points: 2 } } }) { rule { id } } }
            """, new { name });
        var id = (int)created["createScoringRule"]!["rule"]!["id"]!;
        var lead = (await server.DataAsync("{ leads(where: { country: { neq: null } }, order: [{ totalScore: ASC }], first: 1) { nodes { id country } } }"))["leads"]!["nodes"]![0]!;
        var (leadId, country) = ((int)lead["id"]!, (string)lead["country"]!);
        var when = $"Lead.Country == \"{country}\"";
        var api = (await server.DataAsync("""
            query($id: Int!, $leadId: Int!, $when: String!) { trialScoringRule(kind: LEAD_SCORING, leadId: $leadId,
              rule: { id: $id, when: $when, then: { addPoints: { dimension: FIT, points: 13 } } }) { fired pointsAdded hit { points applied } before { total } after { total } } }
            """, new { id, leadId, when }))["trialScoringRule"]!;
        Assert.True((bool)api["fired"]!);
        await using var page = await server.OpenAsync(server.Ops, $"#/editor?kind=LEAD_SCORING&id={id}");

        await page.ReplaceTextAsync("#rule-when", when);
        await page.ReplaceTextAsync("#action-points", "13");
        await page.ReplaceTextAsync("#test-lead-id", leadId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#test-lead");
        await page.WaitAsync("#trial");

        Assert.Equal("true", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#trial-hit').dataset.fired"));
        Assert.Equal(((int)api["hit"]!["points"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#trial-hit').dataset.points"));
        Assert.Equal(((int)api["before"]!["total"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#trial-before"));
        Assert.Equal(((int)api["after"]!["total"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#trial-after"));
        var added = (int)api["pointsAdded"]!;
        Assert.Equal(added > 0 ? $"+{added}" : added.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#trial-added"));
        Assert.Contains(name, await page.TextAsync("#trial-hit"), StringComparison.Ordinal);
        await page.ScreenshotAsync("18-editor-trial", fullPage: true);

        await page.ReplaceTextAsync("#rule-when", "Lead.Country == ");
        await page.ClickAsync("#test-lead");
        Assert.Contains("rule.when", await page.TextAsync("#test-errors"), StringComparison.Ordinal);
        var saved = (await server.DataAsync("query($id: Int!) { scoringRules(where: { id: { eq: $id } }) { nodes { when version } } }", new { id }))["scoringRules"]!["nodes"]![0]!;
        Assert.Equal(("Lead.Employees >= 987654", 1), ((string)saved["when"]!, (int)saved["version"]!));
        Assert.Empty(page.Errors);
    }
}
