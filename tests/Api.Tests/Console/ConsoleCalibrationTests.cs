using System.Globalization;
using System.Text.Json.Nodes;

namespace SalesGraph.Api.Tests.Console;

/// <summary>The backtest screen's suggestions (issue 12): fitted points applied to the draft, a suggested rule added to it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleCalibrationTests(ConsoleServer server)
{
    private const string Points = "{ suggestPoints(kind: LEAD_SCORING, split: { method: HASH }) { beatsCurrent current { auc } suggested { auc } rules { ruleId name currentPoints suggestedPoints } } }";

    [BrowserFact]
    public async Task SuggestedPoints_ShowTheTestAucsTheApiGives_AndApplyingThemChangesTheDraftTable()
    {
        var before = (await server.DataAsync(Points))["suggestPoints"]!;
        Assert.True((bool)before["beatsCurrent"]!, "the demo data's fitted points beat the hand-written ones");
        var moved = before["rules"]!.AsArray().First(r => (int)r!["currentPoints"]! != (int)r["suggestedPoints"]!)!;
        await using var page = await server.OpenAsync(server.Ops, "#/backtest?kind=LEAD_SCORING");

        Assert.Equal(F3(before["current"]!["auc"]!), await page.TextAsync("#suggest-auc-current"));
        Assert.Equal(F3(before["suggested"]!["auc"]!), await page.TextAsync("#suggest-auc-suggested"));
        Assert.Equal(before["rules"]!.AsArray().Count, await page.CountAsync("#suggest-table tbody tr"));
        Assert.Equal(((int)moved["suggestedPoints"]!).ToString(CultureInfo.InvariantCulture),
            await page.TextAsync($"#suggest-table tr[data-rule='{(int)moved["ruleId"]!}'] td.suggested"));
        Assert.Equal(0, await page.CountAsync("#suggest-no-beat"));
        await page.ScreenshotAsync("19-backtest-suggestions", fullPage: true);

        await page.ClickAsync("#apply-suggestion");
        await page.WaitAsync("#backtest-flash");
        await page.WaitAsync("#suggest-no-beat"); // the same fit again: nothing left to gain
        Assert.Equal(0, await page.CountAsync("#apply-suggestion"));
        var after = (await server.DataAsync(Points))["suggestPoints"]!;
        Assert.False((bool)after["beatsCurrent"]!);
        var rule = (await server.DataAsync("query($id: Int!) { scoringRules(where: { id: { eq: $id } }) { nodes { then { addPoints { points } description } } } }",
            new { id = (int)moved["ruleId"]! }))["scoringRules"]!["nodes"]![0]!["then"]!;
        Assert.Equal((int)moved["suggestedPoints"]!, (int)rule["addPoints"]!["points"]!);

        await page.GoAsync("#/rules?kind=LEAD_SCORING");
        var row = await page.Page.EvaluateFunctionAsync<string>("n => [...document.querySelectorAll('#rules-table tbody tr')].find(r => r.querySelector('.rule-name')?.textContent === n)?.textContent ?? ''",
            (string)moved["name"]!);
        Assert.Contains((string)rule["description"]!, row, StringComparison.Ordinal);
        await page.GoAsync("#/audit");
        Assert.Contains((string)moved["name"]!, await page.TextAsync("#audit-timeline"), StringComparison.Ordinal);
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task SuggestedRule_AddToDraft_AppearsInTheRulesTableAndInTheAudit()
    {
        await using var page = await server.OpenAsync(server.Ops, "#/backtest?kind=LEAD_SCORING");
        await page.WaitAsync("#candidates-table .add-candidate");
        var when = await page.TextAsync("#candidates-table tbody tr td.code");
        var api = (await server.DataAsync("{ suggestRules(kind: LEAD_SCORING, split: { method: HASH }, max: 12) { candidates { name when points } } }"))["suggestRules"]!["candidates"]!.AsArray();
        var candidate = api.First(c => (string)c!["when"]! == when)!;
        Assert.Equal(api.Count, await page.CountAsync("#candidates-table tbody tr"));

        await page.ClickAsync("#candidates-table .add-candidate");
        var id = await page.Page.EvaluateFunctionAsync<int>("async () => { for (;;) { const a = document.querySelector('#candidates-table a.added'); if (a) return Number(a.dataset.id); await new Promise(r => setTimeout(r, 50)); } }");

        var saved = (await server.DataAsync("query($id: Int!) { scoringRules(where: { id: { eq: $id } }) { nodes { name when then { addPoints { points } } } } }", new { id }))["scoringRules"]!["nodes"]![0]!;
        Assert.Equal(((string)candidate["name"]!, when, (int)candidate["points"]!), ((string)saved["name"]!, (string)saved["when"]!, (int)saved["then"]!["addPoints"]!["points"]!));
        await page.GoAsync("#/rules?kind=LEAD_SCORING");
        Assert.Contains((string)candidate["name"]!, await page.TextAsync("#rules-table"), StringComparison.Ordinal);
        await page.GoAsync("#/audit");
        var timeline = await page.TextAsync("#audit-timeline");
        Assert.Contains((string)candidate["name"]!, timeline, StringComparison.Ordinal);
        Assert.Contains("console ops", timeline, StringComparison.Ordinal);
        Assert.Empty(page.Errors);
    }

    private static string F3(JsonNode auc) => ((double)auc).ToString("F3", CultureInfo.InvariantCulture);
}
