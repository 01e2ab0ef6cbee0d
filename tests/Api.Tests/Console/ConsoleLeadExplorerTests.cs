using System.Globalization;

namespace SalesGraph.Api.Tests.Console;

[Collection(ConsoleCollection.Name)]
public sealed class ConsoleLeadExplorerTests(ConsoleServer server)
{
    [BrowserFact]
    public async Task WhyThisScore_AppliedPoints_AddUpToTheLeadsScore()
    {
        var lead = (await server.DataAsync("{ leads(where: { grade: { eq: A } }, order: [{ totalScore: DESC }], first: 1) { nodes { id totalScore score { hits { points } } } } }"))["leads"]!["nodes"]![0]!;
        var id = (int)lead["id"]!;
        var total = (int)lead["totalScore"]!;
        Assert.True(lead["score"]!["hits"]!.AsArray().Count >= 3);
        await using var page = await server.OpenAsync(server.Ops, $"#/leads/{id}");

        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), await page.TextAsync("#lead-score"));
        var applied = await page.Page.EvaluateExpressionAsync<int[]>(
            "[...document.querySelectorAll('#why-table tbody tr[data-applied=true]')].map(r => Number(r.dataset.points))");
        Assert.Equal(total, applied.Sum());
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), await page.TextAsync("#why-sum"));
        Assert.True(await page.CountAsync("#why-table tbody tr[data-applied=false]") > 0, "rules that did not apply are listed too");
        Assert.True(await page.CountAsync("#score-history tbody tr") >= 1);
        await page.ScreenshotAsync("12-lead-why-this-score", fullPage: true);
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task Rescore_OneLead_AnswersWithTheVersion()
    {
        var id = (int)(await server.DataAsync("{ leads(first: 1, order: [{ id: ASC }]) { nodes { id } } }"))["leads"]!["nodes"]![0]!["id"]!;
        await using var page = await server.OpenAsync(server.Ops, $"#/leads/{id}");

        await page.ClickAsync("#rescore");
        await page.UntilAsync("() => /Rescored with v\\d+/.test(document.querySelector('#rescore-message')?.textContent ?? '')");
    }

    [BrowserFact]
    public async Task List_SearchByCompany_ShowsOnlyMatchingLeads()
    {
        var company = (string)(await server.DataAsync("{ leads(where: { company: { neq: null } }, first: 1) { nodes { company } } }"))["leads"]!["nodes"]![0]!["company"]!;
        await using var page = await server.OpenAsync(server.Ops, $"#/leads?q={Uri.EscapeDataString(company)}");

        var rows = await page.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#leads-table tbody tr td:nth-child(3)')].map(td => td.textContent)");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(company, r, StringComparison.OrdinalIgnoreCase));
        await page.ScreenshotAsync("13-lead-explorer");
    }
}
