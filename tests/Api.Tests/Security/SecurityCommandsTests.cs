using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Security.Cli;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Security;

public sealed class SecurityCommandsTests
{
    private static async Task<(int? ExitCode, string Output, string Error)> RunAsync(IServiceProvider services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SecurityCommands.RunAsync(args, services, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task KeysCreate_PrintsAWorkingKeyAloneOnTheLastLine()
    {
        await using var db = new TempDatabase();

        var (exitCode, output, _) = await RunAsync(db.Services, "keys", "create", "--role", "ops", "--name", "Ops team", "--expires", "2099-01-01");

        Assert.Equal(0, exitCode);
        var lastLine = output.TrimEnd('\r', '\n').Split('\n')[^1].TrimEnd('\r');
        Assert.True(ApiKeyToken.TryParse(lastLine, out _), $"last line was '{lastLine}'");
        Assert.Equal(lastLine, lastLine.Trim());
        var verification = await db.Store.VerifyAsync(lastLine);
        Assert.Equal(Roles.Ops, verification.Key?.Role);
        Assert.Equal(new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc), verification.Key?.ExpiresAt);
    }

    [Fact]
    public async Task KeysCreate_UnknownRole_FailsWithUsageAndCreatesNothing()
    {
        await using var db = new TempDatabase();

        var (exitCode, output, error) = await RunAsync(db.Services, "keys", "create", "--role", "root", "--name", "x");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("usage", error, StringComparison.Ordinal);
        Assert.False(await db.Store.AnyAsync());
    }

    [Fact]
    public async Task KeysCreate_WithSources_ScopesTheKeyAndListShowsTheSources()
    {
        await using var db = new TempDatabase();

        var (exitCode, output, _) = await RunAsync(db.Services, "keys", "create", "--role", "marketing", "--name", "Forms", "--sources", "WEB_FORM,WEBINAR");
        var (_, list, _) = await RunAsync(db.Services, "keys", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("lead sources WEB_FORM,WEBINAR", output, StringComparison.Ordinal);
        var key = (await db.Store.VerifyAsync(output.TrimEnd().Split('\n')[^1].Trim())).Key!;
        Assert.Equal("WebForm,Webinar", key.LeadSources);
        Assert.Contains("WEB_FORM,WEBINAR", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysCreate_WithoutSources_KeyReadsAllSources()
    {
        await using var db = new TempDatabase();

        var (_, output, _) = await RunAsync(db.Services, "keys", "create", "--role", "reader", "--name", "Frontend");

        Assert.Contains("lead sources all", output, StringComparison.Ordinal);
        Assert.Null((await db.Store.VerifyAsync(output.TrimEnd().Split('\n')[^1].Trim())).Key!.LeadSources);
    }

    [Fact]
    public async Task KeysCreate_UnknownSource_RefusedWithTheValidSourcesAndCreatesNothing()
    {
        await using var db = new TempDatabase();

        var (exitCode, output, error) = await RunAsync(db.Services, "keys", "create", "--role", "marketing", "--name", "x", "--sources", "WEB_FORM,CARRIER_PIGEON");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("unknown lead source CARRIER_PIGEON", error, StringComparison.Ordinal);
        Assert.Contains("WEB_FORM, WEBINAR, DOWNLOAD, ADVERT, COLD_CALL, COLD_EMAIL, EVENT, REFERRAL, TENDER, OTHER", error, StringComparison.Ordinal);
        Assert.False(await db.Store.AnyAsync());
    }

    [Fact]
    public async Task KeysList_ShowsKeysWithoutSecrets()
    {
        await using var db = await TempDatabase.CreateAsync();
        var created = await db.Store.CreateAsync("Frontend", Roles.Reader, null);

        var (exitCode, output, _) = await RunAsync(db.Services, "keys", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains(created.Key.Id, output, StringComparison.Ordinal);
        Assert.Contains("Frontend", output, StringComparison.Ordinal);
        Assert.DoesNotContain(created.PlainText[20..], output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRevoke_KnownId_RefusesTheKeyAfterwards()
    {
        await using var db = await TempDatabase.CreateAsync();
        var created = await db.Store.CreateAsync("Leaked", Roles.Admin, null);

        var (exitCode, _, _) = await RunAsync(db.Services, "keys", "revoke", created.Key.Id);

        Assert.Equal(0, exitCode);
        Assert.Equal("revoked", (await db.Store.VerifyAsync(created.PlainText)).Failure);
    }

    [Fact]
    public async Task KeysRevoke_UnknownId_Fails()
    {
        await using var db = await TempDatabase.CreateAsync();

        var (exitCode, _, error) = await RunAsync(db.Services, "keys", "revoke", "0123456789abcdef");

        Assert.Equal(2, exitCode);
        Assert.Contains("No key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotAKeysCommand_ReturnsNull()
    {
        await using var db = new TempDatabase();

        var (exitCode, _, _) = await RunAsync(db.Services, "--urls", "http://localhost:5000");

        Assert.Null(exitCode);
    }
}
