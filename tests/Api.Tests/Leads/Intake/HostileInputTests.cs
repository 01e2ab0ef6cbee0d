using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Leads.Intake;

public sealed class HostileInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>A lead with one field wrong, in a way chosen by <paramref name="i"/>; every lead is wrong differently.</summary>
    private static Dictionary<string, object?> Broken(int i)
    {
        var lead = new Dictionary<string, object?> { ["source"] = "WEB_FORM", ["externalId"] = $"h-{i}", ["email"] = $"h{i}@example.com" };
        var n = i / 20;
        switch (i % 20)
        {
            case 0: lead["externalId"] = null; break;
            case 1: lead["externalId"] = new string('x', 101 + n); break;
            case 2: lead["email"] = $"no-at-sign-{n}.example.com"; break;
            case 3: lead["email"] = $"two@@{n}.example.com"; break;
            case 4: lead["email"] = $"{new string('a', 250)}{n}@example.com"; break;
            case 5: lead["firstName"] = new string('F', 101 + n); break;
            case 6: lead["lastName"] = $"Nul\0{n}"; break;
            case 7: lead["company"] = $"Bell\u0007{n}"; break;
            case 8: lead["country"] = $"Atlantis {n}"; break;
            case 9: lead["employees"] = -1 - n; break;
            case 10: lead["employees"] = 10_000_001 + n; break;
            case 11: lead["annualRevenue"] = -0.01m - n; break;
            case 12: lead["domain"] = $"not a domain {n}"; break;
            case 13: lead["phone"] = $"call me {n}"; break;
            case 14: lead["jobTitle"] = "\uD800" + n; break;
            case 15: lead["customFields"] = Enumerable.Range(0, 51 + n).Select(k => new { key = $"k{k}", value = "v" }).ToArray(); break;
            case 16: lead["customFields"] = new[] { new { key = "same", value = "1" }, new { key = "same", value = $"{n}" } }; break;
            case 17: lead["buyingMotives"] = Enumerable.Range(0, 21 + n).Select(k => $"m{k}").ToArray(); break;
            case 18: lead["utmSource"] = new string('u', 101 + n); break;
            default: lead["customFields"] = new[] { new { key = "big", value = new string('v', 1001 + n) } }; break;
        }

        return lead;
    }

    [Fact]
    public async Task SubmitLeads_ThousandLeadsEachWrongDifferently_RefusesEveryOneWithItsPath()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitManyAsync(Enumerable.Range(0, 1000).Select(Broken));

        Assert.Equal((0, 1000), (payload["accepted"]!.GetValue<int>(), payload["refused"]!.GetValue<int>()));
        Assert.All(payload["results"]!.AsArray(), r => Assert.StartsWith($"leads[{r!["index"]}].", r["errors"]![0]!["path"]!.GetValue<string>()));
        Assert.Equal(0, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLead_TenMegabytesInOneField_IsRefusedWith413AndTheApiStillAnswers()
    {
        await api.ArrangeAsync();
        var huge = new string('x', 10 * 1024 * 1024);

        var response = await api.CreateClient().PostAsJsonAsync("/graphql", new { query = IntakeRequests.SubmitLead, variables = new { input = new { source = "WEB_FORM", externalId = "big", company = huge } } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync());
        Assert.False((await api.SubmitAsync(IntakeRequests.Lead("small")))["replayed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SubmitLead_MegabyteInOneField_IsAFieldErrorAndNothingIsStored()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "mb", company = new string('x', 1024 * 1024) });

        Assert.Equal("TOO_LONG", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(0, await api.CountAsync());
    }

    [Theory]
    [InlineData("שלום עולם")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("Zoë 👩‍💻 🚀")]
    [InlineData("e\u0301le\u0300ve")]
    public async Task SubmitLead_UnicodeName_IsStoredAndReturnedUnchanged(string name)
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "u", firstName = name });

        var expected = name.Normalize(NormalizationForm.FormC);
        Assert.Equal(expected, payload["lead"]!["firstName"]!.GetValue<string>());
        Assert.Equal(expected, await api.DbAsync(db => db.Leads.Select(l => l.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task SubmitLead_NulCharacter_IsRefusedAsControlCharacter()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "nul", lastName = "Smith\0" });

        Assert.Equal("""[{"__typename":"IntakeFieldError","message":"lastName contains the control character U\u002B0000 at position 5.","path":"lastName","code":"CONTROL_CHARACTER","index":0}]""", payload["errors"]!.ToJsonString());
    }
}
