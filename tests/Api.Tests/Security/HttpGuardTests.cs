using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Security.Support;
using SalesGraph.Api.Tests.Security.TestSchema;

namespace SalesGraph.Api.Tests.Security;

public sealed class HttpGuardTests : IDisposable
{
    private readonly SecurityApiFactory api = new(new()
    {
        ["Security:RateLimit:PermitsPerWindow"] = "3",
        ["Security:RateLimit:Window"] = "00:10:00",
        ["Security:Limits:MaxRequestBodyBytes"] = "1000",
    });

    private static async Task<string> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Post_OverTheRateLimit_Returns429WithRetryAfter()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"))).StatusCode);
        }

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(ErrorCodes.RateLimited, await CodeAsync(response));
    }

    [Fact]
    public async Task Post_RateLimit_IsPerKey()
    {
        var busy = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));
        for (var i = 0; i < 4; i++)
        {
            await busy.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));
        }

        var other = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));
        var response = await other.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_MutationAsTextPlainWithoutPreflightHeader_IsRefusedAndDoesNotRun()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Admin));
        var body = new StringContent("{\"query\":\"mutation { publishRules }\"}", Encoding.UTF8, "text/plain");

        var response = await client.PostAsync("/guarded", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(ErrorCodes.PreflightRequired, await CodeAsync(response));
        Assert.Empty(api.Services.GetRequiredService<MutationLog>().Ran);
    }

    [Fact]
    public async Task Post_MutationAsFormWithoutPreflightHeader_IsRefused()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Admin));
        var body = new FormUrlEncodedContent([new("query", "mutation { publishRules }")]);

        var response = await client.PostAsync("/guarded", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(api.Services.GetRequiredService<MutationLog>().Ran);
    }

    [Fact]
    public async Task Post_MutationAsJson_Runs()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Admin));

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("mutation { publishRules }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["publishRules"], api.Services.GetRequiredService<MutationLog>().Ran);
    }

    [Fact]
    public async Task Get_WithMutation_Returns405AndDoesNotRun()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Admin));

        var response = await client.GetAsync("/guarded?query=" + Uri.EscapeDataString("mutation { publishRules }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(ErrorCodes.MutationOverGet, await CodeAsync(response));
        Assert.Empty(api.Services.GetRequiredService<MutationLog>().Ran);
    }

    [Fact]
    public async Task Get_WithQuery_Runs()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));

        var response = await client.GetAsync("/guarded?query=" + Uri.EscapeDataString("{ ping }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));

        var response = await client.PostAsync("/guarded", SecurityApiFactory.Json("{ ping }" + new string(' ', 2000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ErrorCodes.RequestTooLarge, await CodeAsync(response));
    }

    [Fact]
    public async Task Post_UnhandledExceptionOutsideDevelopment_GenericErrorWithCorrelationIdAlsoInTheLog()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));

        var response = await client.PostAsync("/guarded/crash", SecurityApiFactory.Json("{ ping }"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("Sqlite", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/srv/", text, StringComparison.Ordinal);
        var correlationId = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0]
            .GetProperty("extensions").GetProperty("correlationId").GetString()!;
        Assert.Contains(api.Logs.Lines, line => line.Contains(correlationId, StringComparison.Ordinal)
            && line.Contains("SqliteException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ResolverThrows_CorrelationIdInResponseIsInTheLog()
    {
        var client = api.ClientWithKey(await api.CreateKeyAsync(Roles.Reader));

        var text = await (await client.PostAsync("/guarded", SecurityApiFactory.Json("{ failing }"))).Content.ReadAsStringAsync();

        var correlationId = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0]
            .GetProperty("extensions").GetProperty("correlationId").GetString()!;
        Assert.DoesNotContain("secret_table", text, StringComparison.Ordinal);
        Assert.Contains(api.Logs.Lines, line => line.Contains(correlationId, StringComparison.Ordinal)
            && line.Contains("secret_table", StringComparison.Ordinal));
    }

    public void Dispose() => api.Dispose();
}
