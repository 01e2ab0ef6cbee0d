namespace SalesGraph.Api.Tests.Console;

[Collection(ConsoleCollection.Name)]
public sealed class GraphiQLTests(ConsoleServer server)
{
    [BrowserFact]
    public async Task GraphiQL_AfterConsoleSignIn_RunsAQueryWithTheKeyAndShowsTheDocs()
    {
        await using var page = await server.OpenAsync(server.Ops);

        await page.Page.ClickAsync("#graphiql-link");
        await page.WaitAsync(".graphiql-container");
        await page.UntilAsync("() => document.querySelector('.graphiql-editor-tool')?.textContent !== undefined");
        await page.ClickAsync(".graphiql-execute-button");
        await page.UntilAsync("() => document.querySelector('.result-window')?.textContent.includes('console ops')");
        var headers = await page.Page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('.graphiql-editor-tool .CodeMirror')].map(c => c.CodeMirror.getValue()).join('\\n')");
        Assert.Contains("X-Api-Key", headers, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Ops.PlainText, page.Page.Url, StringComparison.Ordinal);

        await page.ClickAsync("[aria-label='Show Documentation Explorer']");
        await page.UntilAsync("() => document.querySelector('.graphiql-doc-explorer')?.textContent.includes('Query')");
        await page.ScreenshotAsync("17-graphiql");
        Assert.Empty(page.Errors);
    }
}
