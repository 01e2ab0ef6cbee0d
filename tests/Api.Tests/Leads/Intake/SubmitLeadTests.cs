using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Tests.Leads.Intake;

public sealed class SubmitLeadTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SubmitLead_NewLead_StoresItNormalised()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = " f-1 ", email = "  Ann.Smith@Example.COM ", country = "Netherlands", firstName = " Ann ", phone = "(020) 123-4567" });

        Assert.Equal(
            """{"id":1,"externalId":"f-1","email":"ann.smith@example.com","domain":"example.com","country":"NL","company":null,"firstName":"Ann","phone":"(020) 123-4567","account":null,"contact":null}""",
            payload["lead"]!.ToJsonString());
    }

    [Theory]
    [InlineData("NLD")]
    [InlineData("nl")]
    [InlineData("Germany")]
    public async Task SubmitLead_CountryAsAlpha3OrName_StoresAlpha2(string country)
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "c", country });

        Assert.Equal(country == "Germany" ? "DE" : "NL", payload["lead"]!["country"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitLead_SamePairAgain_ReturnsTheSameLeadAsReplay()
    {
        await api.ArrangeAsync();
        var first = await api.SubmitAsync(IntakeRequests.Lead("r-1"));

        var second = await api.SubmitAsync(IntakeRequests.Lead("r-1"));

        Assert.Equal(first["lead"]!["id"]!.GetValue<int>(), second["lead"]!["id"]!.GetValue<int>());
        Assert.Equal((false, true, false), (first["replayed"]!.GetValue<bool>(), second["replayed"]!.GetValue<bool>(), second["updated"]!.GetValue<bool>()));
        Assert.Equal(1, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLead_SameExternalIdFromAnotherSource_IsAnotherLead()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(IntakeRequests.Lead("s-1", source: "WEB_FORM"));

        var other = await api.SubmitAsync(IntakeRequests.Lead("s-1", source: "WEBINAR"));

        Assert.False(other["replayed"]!.GetValue<bool>());
        Assert.Equal(2, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLead_ChangedFields_UpdatesAndRescoresTheLead()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(new { source = "WEB_FORM", externalId = "u-1", email = "u@example.com" });

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "u-1", email = "u@example.com", jobTitle = "CIO", employees = 5000, country = "NL" });

        Assert.True(payload["updated"]!.GetValue<bool>());
        Assert.Equal(2, await api.DbAsync(db => db.ScoreResults.CountAsync(r => r.Subject == ScoreSubject.Lead)));
        Assert.Equal(await api.DbAsync(db => db.Leads.Select(l => l.Score).SingleAsync()), payload["outcome"]!["score"]!.GetValue<int>());
    }

    [Fact]
    public async Task SubmitLead_KnownContactEmail_MatchesContactAndItsAccount()
    {
        var account = TestData.Account("Acme").WithContacts(TestData.Contact("Bo", "Berg", BuyingRole.Decider));
        account.Contacts[0].Email = "bo@acme.io";
        await api.ArrangeAsync(account);

        var payload = await api.SubmitAsync(new { source = "EVENT", externalId = "m-1", email = "BO@acme.io" });

        Assert.Equal("""{"method":"CONTACT_EMAIL","account":{"id":1},"contact":{"id":1}}""", payload["match"]!.ToJsonString());
        Assert.Equal("""{"id":1,"fullName":"Bo Berg"}""", payload["lead"]!["contact"]!.ToJsonString());
    }

    [Fact]
    public async Task SubmitLead_KnownDomain_MatchesAccountByDomain()
    {
        var account = TestData.Account("Globex");
        account.Domain = "globex.com";
        await api.ArrangeAsync(account);

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "d-1", email = "hank@globex.com" });

        Assert.Equal("""{"method":"ACCOUNT_DOMAIN","account":{"id":1},"contact":null}""", payload["match"]!.ToJsonString());
    }

    [Fact]
    public async Task SubmitLead_KnownCompanyName_MatchesAccountByNormalisedName()
    {
        var account = TestData.Account("Initech B.V.");
        account.NormalizedName = CompanyName.Normalize(account.Name);
        await api.ArrangeAsync(account);

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "n-1", email = "peter@initech-mail.net", company = " INITECH bv " });

        Assert.Equal("""{"method":"COMPANY_NAME","account":{"id":1},"contact":null}""", payload["match"]!.ToJsonString());
    }

    [Fact]
    public async Task SubmitLead_FreeMailAddress_IsFlaggedAndNeverMatchedByDomain()
    {
        var account = TestData.Account("Google");
        account.Domain = "gmail.com";
        await api.ArrangeAsync(account);

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "g-1", email = "someone@gmail.com" });

        Assert.Equal("NONE", payload["match"]!["method"]!.GetValue<string>());
        Assert.Null(payload["lead"]!["domain"]);
        Assert.True(await api.DbAsync(db => db.Leads.Select(l => l.IsFreeMailDomain).SingleAsync()));
    }

    [Fact]
    public async Task SubmitLead_QualifiedLead_ReturnsScoreRouteAndExplanation()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)));

        var payload = await api.SubmitAsync(new { source = "REFERRAL", externalId = "q-1", email = "cio@bigcorp.nl", jobTitle = "CIO", employees = 5000, country = "NL", industry = "Software", phone = "+31 20 555 0000", consentEmail = true });

        var outcome = payload["outcome"]!;
        Assert.Equal(outcome["fit"]!.GetValue<int>() + outcome["engagement"]!.GetValue<int>(), outcome["score"]!.GetValue<int>());
        Assert.NotEmpty(outcome["explanation"]!.AsArray());
        Assert.Equal((await api.DbAsync(db => db.ScoreResults.ToListAsync())).Sum(r => r.Hits.Count), outcome["explanation"]!.AsArray().Count);
    }

    [Fact]
    public async Task SubmitLead_SeveralRoutesMatch_MarksTheWinnerAppliedAndTheOthersOverruledByPriority()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (10, 0)));

        var payload = await api.SubmitAsync(new { source = "REFERRAL", externalId = "q-2", email = "cio@bigcorp.nl", jobTitle = "CIO", employees = 5000, country = "NL", industry = "Software", phone = "+31 20 555 0000", consentEmail = true });

        var outcome = payload["outcome"]!;
        var hits = outcome["explanation"]!.AsArray().Select(h => h!).ToList();
        var routes = hits.Where(h => ((string?)h["effect"])?.StartsWith("route to ", StringComparison.Ordinal) == true)
            .Select(h => ((string)h["rule"]!, (bool)h["applied"]!, (string?)h["reason"]))
            .ToList();
        Assert.Equal(
            [
                ("Enterprise EMEA", true, null),
                ("Benelux sales", false, "OVERRULED_BY_PRIORITY"),
                ("Referrals fast lane", false, "OVERRULED_BY_PRIORITY"),
                ("Inside sales for every other qualified lead", false, "OVERRULED_BY_PRIORITY"),
            ],
            routes);
        Assert.Equal("Enterprise EMEA", (string)outcome["route"]!);
        Assert.Equal((int)outcome["score"]!, hits.Where(h => (bool)h["applied"]!).Sum(h => (int)h["points"]!));
        Assert.DoesNotContain(hits, h => ((string?)h["effect"])?.Contains("overruled", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SubmitLead_InvalidEmail_ReturnsFieldErrorAndWritesNothing()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new { source = "WEB_FORM", externalId = "e-1", email = "not an address" });

        Assert.Equal("""[{"__typename":"IntakeFieldError","message":"email is not a valid e-mail address.","path":"email","code":"INVALID_EMAIL","index":0}]""", payload["errors"]!.ToJsonString());
        Assert.Null(payload["lead"]);
        Assert.Equal(0, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLead_AsReader_IsRefused()
    {
        await api.ArrangeAsync();
        var reader = api.CreateClient(await api.CreateKeyAsync("reader"));

        var response = await reader.PostAsJsonAsync("/graphql", new { query = IntakeRequests.SubmitLead, variables = new { input = IntakeRequests.Lead("x") } });

        Assert.Contains("AUTH", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLead_AsMarketing_IsAccepted()
    {
        await api.ArrangeAsync();
        var marketing = api.CreateClient(await api.CreateKeyAsync("marketing"));

        var response = await marketing.PostAsJsonAsync("/graphql", new { query = IntakeRequests.SubmitLead, variables = new { input = IntakeRequests.Lead("x") } });

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(1, await api.CountAsync());
    }

    [Fact]
    public async Task SubmitLead_TwentyParallelSubmissionsOfOnePair_CreateOneLead()
    {
        await api.ArrangeAsync();
        var client = api.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.PostAsJsonAsync("/graphql", new { query = IntakeRequests.SubmitLead, variables = new { input = IntakeRequests.Lead("race-1") } })));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>()));
        Assert.All(bodies, b => Assert.Equal(1, b!["data"]!["submitLead"]!["lead"]!["id"]!.GetValue<int>()));
        Assert.Equal(19, bodies.Count(b => b!["data"]!["submitLead"]!["replayed"]!.GetValue<bool>()));
        Assert.Equal((1, 1), (await api.CountAsync(), await api.DbAsync(db => db.ScoreResults.CountAsync())));
    }
}
