using PuppeteerSharp;

namespace SalesGraph.Api.Tests.Console;

/// <summary>A browser tab on the console: sign-in, navigation by hash, reading text, screenshots; records dialogs and page errors.</summary>
public sealed class ConsolePage : IAsyncDisposable
{
    private static readonly WaitForSelectorOptions Visible = new() { Timeout = 30_000 };

    public ConsolePage(IPage page, Uri baseAddress)
    {
        Page = page;
        BaseAddress = baseAddress;
        page.DefaultTimeout = 30_000;
        page.Dialog += async (_, e) =>
        {
            Dialogs.Add(e.Dialog.Message);
            await e.Dialog.Accept();
        };
        page.PageError += (_, e) => Errors.Add(e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
                Errors.Add(e.Message.Text);
        };
    }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>Every alert/confirm/prompt the page opened (a confirm is accepted).</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Uncaught errors and console errors (a Content-Security-Policy violation lands here).</summary>
    public List<string> Errors { get; } = [];

    public async Task SignInAsync(string key)
    {
        await Page.GoToAsync(new Uri(BaseAddress, "/console/").ToString(), WaitUntilNavigation.Load);
        await Page.WaitForSelectorAsync("#api-key", Visible);
        await Page.TypeAsync("#api-key", key);
        await Page.ClickAsync("#sign-in-button");
        await Page.WaitForSelectorAsync("#who-name", Visible);
    }

    /// <summary>Goes to a console route and waits until its screen has rendered (also when the hash is already the current one).</summary>
    public async Task GoAsync(string hash)
    {
        await Page.EvaluateFunctionAsync("""
            h => {
              for (const s of document.querySelectorAll('section.screen')) s.removeAttribute('data-ready');
              if (location.hash === h) window.dispatchEvent(new HashChangeEvent('hashchange'));
              else location.hash = h;
            }
            """, hash);
        await WaitReadyAsync();
    }

    public async Task WaitReadyAsync() => await WaitAsync("section.screen[data-ready='true']");

    public async Task<IElementHandle> WaitAsync(string selector) => await Explained(() => Page.WaitForSelectorAsync(selector, Visible), selector);

    public async Task<string> TextAsync(string selector)
    {
        await WaitAsync(selector);
        return await Page.EvaluateFunctionAsync<string>("s => document.querySelector(s).textContent", selector);
    }

    public async Task<int> CountAsync(string selector) =>
        await Page.EvaluateFunctionAsync<int>("s => document.querySelectorAll(s).length", selector);

    /// <summary>Waits until the page function returns true.</summary>
    public async Task UntilAsync(string function, params object[] args) =>
        await Explained(() => Page.WaitForFunctionAsync(function, new WaitForFunctionOptions { Timeout = 30_000, PollingInterval = 50 }, args), function);

    /// <summary>On a timeout: a screenshot named after the test's wait, and the page's errors in the message.</summary>
    private async Task<T> Explained<T>(Func<Task<T>> wait, string what)
    {
        try
        {
            return await wait();
        }
        catch (WaitTaskTimeoutException e)
        {
            var name = $"failed-{DateTime.UtcNow:HHmmssfff}";
            await ScreenshotAsync(name);
            throw new InvalidOperationException($"Waited 30 s for {what} on {Page.Url}; screenshot {name}.png; page errors: {string.Join(" | ", Errors)}", e);
        }
    }

    public async Task ClickAsync(string selector)
    {
        await WaitAsync(selector);
        await Page.ClickAsync(selector);
    }

    /// <summary>Replaces an input's text as a user would (select all, type).</summary>
    public async Task ReplaceTextAsync(string selector, string text)
    {
        await WaitAsync(selector);
        await Page.FocusAsync(selector);
        await Page.Keyboard.DownAsync("Control");
        await Page.Keyboard.PressAsync("a");
        await Page.Keyboard.UpAsync("Control");
        await Page.Keyboard.PressAsync("Backspace");
        await Page.TypeAsync(selector, text);
    }

    /// <summary>The viewport (or the whole page) as PNG in <see cref="ConsoleServer.ScreenshotDirectory"/>.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = false) =>
        await Page.ScreenshotAsync(Path.Combine(ConsoleServer.ScreenshotDirectory, name + ".png"), new ScreenshotOptions { FullPage = fullPage });

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
