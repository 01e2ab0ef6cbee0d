using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Leads.Intake;

/// <summary>Default routing rule 231 asks for a suspect account for a good-fit lead of an unknown company; intake makes exactly one.</summary>
public sealed class SuspectAccountTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SubmitLead_GoodFitLeadOfNewCompany_CreatesSuspectAccountAndLinksTheLead()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(GoodFit("n-1", "ceo@newco.io", "NewCo B.V."));

        Assert.Equal("CREATED_ACCOUNT", (string)payload["match"]!["method"]!);
        Assert.Equal("NewCo B.V.", (string)payload["lead"]!["account"]!["name"]!);
        Assert.Equal((int)payload["lead"]!["account"]!["id"]!, (int)payload["match"]!["account"]!["id"]!);
        Assert.Contains(payload["outcome"]!["explanation"]!.AsArray(), h => (string)h!["rule"]! == "Suspect account for a promising new company");
        var account = Assert.Single(await api.DbAsync(db => db.Accounts.ToListAsync()));
        Assert.Equal(
            ("newco", "newco.io", "NL", "Software", 5000, 20_000_000m, false, CustomerPyramidTier.Suspect),
            (account.NormalizedName, account.Domain, account.Country, account.Industry, account.Employees, account.AnnualRevenue, account.IsCustomer, account.PyramidTier));
        var lead = await api.DbAsync(db => db.Leads.SingleAsync());
        Assert.Equal((account.Id, LeadMatchMethod.CreatedAccount), (lead.AccountId, lead.MatchMethod));
    }

    [Fact]
    public async Task SubmitLead_LaterLeadOfThatCompany_MatchesTheCreatedAccount()
    {
        await api.ArrangeAsync();
        var first = await api.SubmitAsync(GoodFit("n-1", "ceo@newco.io", "NewCo"));

        var second = await api.SubmitAsync(GoodFit("n-2", "cto@newco.io", "NewCo"));

        Assert.Equal("ACCOUNT_DOMAIN", (string)second["match"]!["method"]!);
        Assert.Equal((int)first["match"]!["account"]!["id"]!, (int)second["match"]!["account"]!["id"]!);
        Assert.Equal(1, await api.DbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task SubmitLead_SameSubmissionAgain_IsAReplayThatCreatesNothing()
    {
        await api.ArrangeAsync();
        await api.SubmitAsync(GoodFit("n-1", "ceo@newco.io", "NewCo"));

        var again = await api.SubmitAsync(GoodFit("n-1", "ceo@newco.io", "NewCo"));

        Assert.Equal((true, false, "CREATED_ACCOUNT"), ((bool)again["replayed"]!, (bool)again["updated"]!, (string)again["match"]!["method"]!));
        Assert.Equal((1, 1), (await api.DbAsync(db => db.Accounts.CountAsync()), await api.CountAsync()));
    }

    [Fact]
    public async Task SubmitLeads_LeadsOfOneNewCompanyInOneBatch_ShareOneAccount()
    {
        await api.ArrangeAsync();

        // The same domain; and the same company name written differently (legal form, case) from another domain.
        var payload = await api.SubmitManyAsync([GoodFit("b-1", "ceo@newco.io", "NewCo"), GoodFit("b-2", "cfo@newco.io", "NewCo BV"), GoodFit("b-3", "cto@newco-group.com", "NEWCO Inc.")]);

        Assert.Equal(3, (int)payload["accepted"]!);
        var account = Assert.Single(await api.DbAsync(db => db.Accounts.ToListAsync()));
        Assert.All(await api.DbAsync(db => db.Leads.ToListAsync()), l => Assert.Equal(account.Id, l.AccountId));
    }

    [Fact]
    public async Task SubmitLead_TwentyParallelLeadsOfOneNewCompany_CreateOneAccount()
    {
        await api.ArrangeAsync();
        var client = api.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.PostAsJsonAsync("/graphql", new { query = IntakeRequests.SubmitLead, variables = new { input = GoodFit($"p-{i}", $"person{i}@parallel.io", "Parallel Ltd") } })));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonNode>()));
        Assert.All(bodies, b => Assert.Empty(b!["data"]!["submitLead"]!["errors"]!.AsArray()));
        var account = Assert.Single(await api.DbAsync(db => db.Accounts.ToListAsync()));
        var leads = await api.DbAsync(db => db.Leads.ToListAsync());
        Assert.Equal(20, leads.Count);
        Assert.All(leads, l => Assert.Equal(account.Id, l.AccountId));
        Assert.Equal(1, leads.Count(l => l.MatchMethod == LeadMatchMethod.CreatedAccount));
    }

    [Fact]
    public async Task SubmitLead_FreeMailAddress_CreatesNoAccount()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(GoodFit("f-1", "boss@gmail.com", "NewCo"));

        Assert.Equal("NONE", (string)payload["match"]!["method"]!);
        Assert.Equal(0, await api.DbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task SubmitLead_PoorFitLead_CreatesNoAccount()
    {
        await api.ArrangeAsync();

        var payload = await api.SubmitAsync(new Dictionary<string, object?> { ["source"] = "WEB_FORM", ["externalId"] = "d-1", ["email"] = "intern@tiny.io", ["company"] = "Tiny", ["employees"] = 3 });

        Assert.Equal(("D", "NONE"), ((string)payload["outcome"]!["grade"]!, (string)payload["match"]!["method"]!));
        Assert.Equal(0, await api.DbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task SubmitLead_KnownCompany_IsMatchedAndCreatesNoAccount()
    {
        await api.ArrangeAsync(new Account { Name = "Known Corp", NormalizedName = "known", Domain = "known.io" });

        var payload = await api.SubmitAsync(GoodFit("k-1", "ceo@known.io", "Known Corporation"));

        Assert.Equal("ACCOUNT_DOMAIN", (string)payload["match"]!["method"]!);
        Assert.Equal(1, await api.DbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task CreateScoringRule_CreateSuspectAccountInRouting_SavedWithTheAction()
    {
        await api.ArrangeAsync();
        var input = new { input = new { ruleSet = "LEAD_ROUTING", name = "Accounts for big new companies", when = "Lead.AccountId == null && Lead.Employees >= 5000", then = new { createSuspectAccount = true } } };

        var payload = (await api.DataAsync(Rules.RuleOps.Create, input))["createScoringRule"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("create a suspect account for the company", (string)payload["rule"]!["then"]!["description"]!);
        Assert.Equal("""{"createSuspectAccount":true}""", await api.DbAsync(db => db.ScoringRules.Where(r => r.Name == "Accounts for big new companies").Select(r => r.Then).SingleAsync()));
    }

    [Theory]
    [InlineData("LEAD_ROUTING", false, "createSuspectAccount takes true")]
    [InlineData("LEAD_SCORING", true, "cannot be used in LeadScoring rules")]
    public async Task CreateScoringRule_CreateSuspectAccountMisused_RefusedAndNothingSaved(string ruleSet, bool value, string message)
    {
        await api.ArrangeAsync();
        var input = new { input = new { ruleSet, name = "Misused", when = "true", then = new { createSuspectAccount = value } } };

        var payload = (await api.DataAsync(Rules.RuleOps.Create, input))["createScoringRule"]!;

        Assert.Contains(message, (string)Assert.Single(payload["errors"]!.AsArray())!["message"]!, StringComparison.Ordinal);
        Assert.False(await api.DbAsync(db => db.ScoringRules.AnyAsync(r => r.Name == "Misused")));
    }

    /// <summary>Grade A with the default rules: 5,000 employees, 20 M revenue, NL, Software, CEO.</summary>
    private static Dictionary<string, object?> GoodFit(string externalId, string email, string company) => new()
    {
        ["source"] = "WEB_FORM",
        ["externalId"] = externalId,
        ["email"] = email,
        ["company"] = company,
        ["jobTitle"] = "CEO",
        ["country"] = "NL",
        ["industry"] = "Software",
        ["employees"] = 5000,
        ["annualRevenue"] = 20_000_000,
    };
}
