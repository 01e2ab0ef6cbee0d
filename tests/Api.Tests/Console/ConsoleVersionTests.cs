using System.Text.Json.Nodes;

namespace SalesGraph.Api.Tests.Console;

[Collection(ConsoleCollection.Name)]
public sealed class ConsoleVersionTests(ConsoleServer server)
{
    [BrowserFact]
    public async Task Publish_WithANote_RaisesTheRunningVersionInTheHeader()
    {
        var before = await NewestAsync("LEAD_ROUTING");
        await AddDraftRuleAsync("LEAD_ROUTING", "Console publish");
        await using var page = await server.OpenAsync(server.Ops, "#/versions?kind=LEAD_ROUTING");
        Assert.Equal($"v{before}", await page.TextAsync("#running-LEAD_ROUTING"));

        await page.Page.TypeAsync("#publish-note", "published from the console test");
        await page.ClickAsync("#publish");
        await page.UntilAsync("v => document.querySelector('#running-LEAD_ROUTING')?.textContent === v", $"v{before + 1}");

        Assert.Equal(before + 1, await NewestAsync("LEAD_ROUTING"));
        await page.WaitAsync($"#versions-table tr[data-version='{before + 1}']");
        Assert.Contains("published from the console test", await page.TextAsync("#versions-table"), StringComparison.Ordinal);
        await page.ScreenshotAsync("09-published");
    }

    [BrowserFact]
    public async Task Diff_TwoVersions_ShowsTheAddedRuleAndTheChangedFieldByField()
    {
        var kind = "CUSTOMER_STRATEGY";
        var from = await NewestAsync(kind);
        var added = await AddDraftRuleAsync(kind, "Console diff");
        var changed = await ChangeAPriorityAsync(kind);
        await server.DataAsync("mutation($kind: RuleSetKind!) { publishRuleSet(input: { kind: $kind, note: \"diff test\" }) { version { number } } }", new { kind });
        await using var page = await server.OpenAsync(server.Ops, $"#/versions?kind={kind}");

        await page.Page.SelectAsync("#diff-from", from.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Page.SelectAsync("#diff-to", (from + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var diff = await page.TextAsync("#version-diff");

        Assert.Contains("1 added, 0 removed, 1 changed", diff, StringComparison.Ordinal);
        Assert.Contains(added, await page.TextAsync("#version-diff .diff-added"), StringComparison.Ordinal);
        var changedRows = await page.TextAsync("#version-diff .diff-changed");
        Assert.Contains(changed.Name, changedRows, StringComparison.Ordinal);
        Assert.Contains("priority", changedRows, StringComparison.Ordinal);
        Assert.Contains($"{changed.Before}{changed.After}", changedRows, StringComparison.Ordinal);
        await page.ScreenshotAsync("10-version-diff");
    }

    [BrowserFact]
    public async Task Rollback_AfterConfirmingWhatChanges_RestoresTheEarlierRules()
    {
        var kind = "TENDER_EVALUATION";
        var earlier = await NewestAsync(kind);
        var earlierNames = await PublishedNamesAsync(kind, earlier);
        var added = await AddDraftRuleAsync(kind, "Console rollback");
        await server.DataAsync("mutation($kind: RuleSetKind!) { publishRuleSet(input: { kind: $kind }) { version { number } } }", new { kind });
        await using var page = await server.OpenAsync(server.Ops, $"#/versions?kind={kind}");

        await page.ClickAsync($"#versions-table tr[data-version='{earlier}'] .rollback");
        var confirm = await page.TextAsync("#rollback-confirm");
        Assert.Contains("0 added, 1 removed, 0 changed", confirm, StringComparison.Ordinal);
        Assert.Contains(added, confirm, StringComparison.Ordinal);
        await page.ScreenshotAsync("11-rollback-confirm");
        await page.ClickAsync("#rollback-yes");
        await page.UntilAsync("v => document.querySelector('#running-TENDER_EVALUATION')?.textContent === v", $"v{earlier + 2}");

        var draft = (await server.DataAsync("query($kind: RuleSetKind!) { ruleSet(kind: $kind) { draft { rules { name } } } }", new { kind }))["ruleSet"]!["draft"]!["rules"]!.AsArray();
        Assert.Equal(earlierNames, draft.Select(r => (string)r!["name"]!).Order(StringComparer.Ordinal));
        Assert.Equal(earlierNames, await PublishedNamesAsync(kind, earlier + 2));
    }

    private async Task<int> NewestAsync(string kind) =>
        (int)(await server.DataAsync("query($kind: RuleSetKind!) { ruleSet(kind: $kind) { publishedVersion { number } } }", new { kind }))["ruleSet"]!["publishedVersion"]!["number"]!;

    private async Task<List<string>> PublishedNamesAsync(string kind, int number)
    {
        var versions = (await server.DataAsync("query($kind: RuleSetKind!) { ruleSetVersions(kind: $kind) { number rules { name } } }", new { kind }))["ruleSetVersions"]!.AsArray();
        return [.. versions.Single(v => (int)v!["number"]! == number)!["rules"]!.AsArray().Select(r => (string)r!["name"]!).Order(StringComparer.Ordinal)];
    }

    private async Task<string> AddDraftRuleAsync(string kind, string prefix)
    {
        var name = $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
        var (when, then) = kind switch
        {
            "LEAD_ROUTING" => ("Lead.Employees >= 250000", (object)new { nurture = "console track" }),
            "TENDER_EVALUATION" => ("Tender.Value >= 999999999", new { addPoints = new { dimension = "BID", points = 1 } }),
            _ => ("Customer.Employees >= 250000", new { tag = "DEVELOP" }),
        };
        var data = await server.DataAsync("""
            mutation($input: CreateScoringRuleInput!) { createScoringRule(input: $input) { rule { id } errors { ... on Error { message } } } }
            """, new { input = new { ruleSet = kind, name, when, then } });
        Assert.True(data["createScoringRule"]!["errors"] is null or JsonArray { Count: 0 }, data.ToJsonString());
        return name;
    }

    private async Task<(string Name, int Before, int After)> ChangeAPriorityAsync(string kind)
    {
        var rules = (await server.DataAsync("query($kind: RuleSetKind!) { ruleSet(kind: $kind) { draft { rules { id name priority version } } } }", new { kind }))["ruleSet"]!["draft"]!["rules"]!.AsArray();
        JsonNode rule = rules.First(r => !((string)r!["name"]!).StartsWith("Console", StringComparison.Ordinal))!;
        var before = (int)rule["priority"]!;
        await server.DataAsync("mutation($id: Int!, $v: Int!, $p: Int!) { updateScoringRule(input: { id: $id, expectedVersion: $v, priority: $p }) { rule { id } } }",
            new { id = (int)rule["id"]!, v = (int)rule["version"]!, p = before + 1 });
        return ((string)rule["name"]!, before, before + 1);
    }
}
