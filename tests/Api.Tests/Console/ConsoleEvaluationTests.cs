namespace SalesGraph.Api.Tests.Console;

[Collection(ConsoleCollection.Name)]
public sealed class ConsoleEvaluationTests(ConsoleServer server)
{
    [BrowserFact]
    public async Task Simulate_DraftChangingWebFormLeads_ShowsTheChangedCountTheApiGivesAndTheCharts()
    {
        var name = $"Console sim {Guid.NewGuid():N}"[..22];
        await server.DataAsync("""
            mutation($name: String!) { createScoringRule(input: { ruleSet: LEAD_SCORING, name: $name, when: "Lead.Employees > 50",
              then: { addPoints: { dimension: FIT, points: 9 } } }) { rule { id } } }
            """, new { name });
        var api = await server.DataAsync("{ simulateRuleSet(kind: LEAD_SCORING, where: { source: { eq: WEB_FORM } }) { evaluated changed } }");
        var changed = (int)api["simulateRuleSet"]!["changed"]!;
        Assert.True(changed > 0);

        await using var page = await server.OpenAsync(server.Ops, "#/simulate?kind=LEAD_SCORING&source=WEB_FORM&run=1");

        Assert.Equal(changed.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#sim-changed"));
        Assert.Equal(((int)api["simulateRuleSet"]!["evaluated"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#sim-evaluated"));
        Assert.Equal(4, await page.CountAsync("#sim-charts svg"));
        Assert.True(await page.CountAsync("#sim-charts rect") > 8);
        Assert.Contains(name, await page.TextAsync("#changes-table"), StringComparison.Ordinal);
        await page.ScreenshotAsync("07-simulate");
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task Backtest_LeadScoring_ShowsTheAucTheApiGivesAndTheRocCurves()
    {
        await using var page = await server.OpenAsync(server.Ops, "#/backtest?kind=LEAD_SCORING");
        var api = (await server.DataAsync("{ backtestRuleSet(kind: LEAD_SCORING) { draft { auc } published { auc } } }"))["backtestRuleSet"]!;

        Assert.Equal(((double)api["draft"]!["auc"]!).ToString("F3", System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#auc-draft"));
        Assert.Equal(((double)api["published"]!["auc"]!).ToString("F3", System.Globalization.CultureInfo.InvariantCulture), await page.TextAsync("#auc-published"));
        Assert.Equal(2, await page.CountAsync("#backtest-charts svg.roc path.line"));
        Assert.Equal(5, await page.CountAsync("#backtest-charts figure"));
        await page.ScreenshotAsync("08-backtest");
        Assert.Empty(page.Errors);
    }
}
