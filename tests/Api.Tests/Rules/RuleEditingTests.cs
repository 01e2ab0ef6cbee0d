using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Tests.Rules;

public sealed class RuleEditingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task CreateScoringRule_ValidRule_SavesItWithTheActionAndAudits()
    {
        var rule = await RuleOps.CreateAsync(api, "Big companies (create)", points: 15);

        Assert.Equal(("Big companies (create)", 1, "test admin"), ((string)rule["name"]!, (int)rule["version"]!, (string)rule["changedBy"]!));
        Assert.Equal(("FIT", 15), ((string)rule["then"]!["addPoints"]!["dimension"]!, (int)rule["then"]!["addPoints"]!["points"]!));
        var audit = await AuditAsync((int)rule["id"]!);
        Assert.Equal(("create", "test admin"), (audit.Action, audit.User));
        Assert.Null(audit.Before);
        Assert.Contains("Big companies (create)", audit.After);
    }

    [Fact]
    public async Task CreateScoringRule_UnknownField_RefusesWithPositionAndSavesNothing()
    {
        var payload = (await api.DataAsync(RuleOps.Create, RuleOps.ScoringRule("Typo rule", "Lead.Employes >= 10")))["createScoringRule"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("RuleValidationError", "when", 6), ((string)error["__typename"]!, (string)error["part"]!, (int)error["position"]!));
        Assert.Contains("Employees", (string)error["message"]!);
        Assert.Null(payload["rule"]);
        Assert.False(await DbAsync(db => db.ScoringRules.AnyAsync(r => r.Name == "Typo rule")));
    }

    [Fact]
    public async Task CreateScoringRule_ActionNotAllowedInRuleSet_Refused()
    {
        var input = new { input = new { ruleSet = "LEAD_SCORING", name = "Route from scoring", when = "true", then = new { route = new { team = "Enterprise EMEA" } } } };

        var payload = (await api.DataAsync(RuleOps.Create, input))["createScoringRule"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("then", (string)error["part"]!);
    }

    [Fact]
    public async Task CreateScoringRule_TwoActions_IsRefusedAsOneOf()
    {
        var input = new { input = new { ruleSet = "LEAD_ROUTING", name = "Two actions", when = "true", then = new { setStage = "MQL", nurture = "x" } } };

        var response = await api.PostAsync(RuleOps.Create, input);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("OneOf", await response.Content.ReadAsStringAsync());
        Assert.False(await DbAsync(db => db.ScoringRules.AnyAsync(r => r.Name == "Two actions")));
    }

    [Fact]
    public async Task CreateScoringRule_DuplicateName_Refused()
    {
        await RuleOps.CreateAsync(api, "Twice");

        var payload = (await api.DataAsync(RuleOps.Create, RuleOps.ScoringRule("Twice")))["createScoringRule"]!;

        Assert.Equal("DuplicateRuleNameError", (string)Assert.Single(payload["errors"]!.AsArray())!["__typename"]!);
    }

    [Fact]
    public async Task UpdateScoringRule_CurrentVersion_ChangesItAndAuditsBeforeAndAfter()
    {
        var rule = await RuleOps.CreateAsync(api, "To update");

        var payload = (await api.DataAsync(RuleOps.Update, new { input = new { id = (int)rule["id"]!, expectedVersion = 1, when = "Lead.Employees >= 2000", priority = 5 } }))["updateScoringRule"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(("Lead.Employees >= 2000", 5, 2), ((string)payload["rule"]!["when"]!, (int)payload["rule"]!["priority"]!, (int)payload["rule"]!["version"]!));
        var audit = await AuditAsync((int)rule["id"]!, "update");
        Assert.Contains(">= 1000", audit.Before);
        Assert.Contains(">= 2000", audit.After);
    }

    [Fact]
    public async Task UpdateScoringRule_StaleExpectedVersion_ReturnsConcurrencyErrorAndKeepsTheRule()
    {
        var rule = await RuleOps.CreateAsync(api, "Stale edit");
        await api.DataAsync(RuleOps.Update, new { input = new { id = (int)rule["id"]!, expectedVersion = 1, priority = 3 } });

        var payload = (await api.DataAsync(RuleOps.Update, new { input = new { id = (int)rule["id"]!, expectedVersion = 1, priority = 9 } }))["updateScoringRule"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("ConcurrencyError", 2), ((string)error["__typename"]!, (int)error["currentVersion"]!));
        Assert.Equal(3, await DbAsync(db => db.ScoringRules.Where(r => r.Id == (int)rule["id"]!).Select(r => r.Priority).SingleAsync()));
    }

    [Fact]
    public async Task UpdateScoringRule_TwoOperatorsAtOnce_OneWinsTheOtherGetsConcurrencyError()
    {
        var id = (int)(await RuleOps.CreateAsync(api, "Contested"))["id"]!;

        var edits = await Task.WhenAll(Enumerable.Range(1, 2).Select(async p =>
            (Priority: p, Payload: (await api.DataAsync(RuleOps.Update, new { input = new { id, expectedVersion = 1, priority = p * 10 } }))["updateScoringRule"]!)));

        var winner = Assert.Single(edits, e => e.Payload["errors"]!.AsArray().Count == 0);
        var loser = Assert.Single(edits, e => e.Payload["errors"]!.AsArray().Count == 1);
        Assert.Equal("ConcurrencyError", (string)loser.Payload["errors"]![0]!["__typename"]!);
        var stored = await DbAsync(db => db.ScoringRules.SingleAsync(r => r.Id == id));
        Assert.Equal((winner.Priority * 10, 2), (stored.Priority, stored.Version));
    }

    [Fact]
    public async Task UpdateScoringRule_UnknownId_ReturnsRuleNotFound()
    {
        var payload = (await api.DataAsync(RuleOps.Update, new { input = new { id = 999_999, expectedVersion = 1, priority = 1 } }))["updateScoringRule"]!;

        Assert.Equal(("RuleNotFoundError", 999_999), ((string)payload["errors"]![0]!["__typename"]!, (int)payload["errors"]![0]!["id"]!));
    }

    [Fact]
    public async Task DisableScoringRule_CurrentVersion_DisablesIt()
    {
        var id = (int)(await RuleOps.CreateAsync(api, "To disable"))["id"]!;

        var payload = (await api.DataAsync("mutation($id: Int!) { disableScoringRule(input: { id: $id, expectedVersion: 1 }) { rule { enabled version } errors { __typename } } }", new { id }))["disableScoringRule"]!;

        Assert.Equal((false, 2), ((bool)payload["rule"]!["enabled"]!, (int)payload["rule"]!["version"]!));
        Assert.Equal("disable", (await AuditAsync(id, "disable")).Action);
    }

    [Fact]
    public async Task DeleteScoringRule_StaleThenCurrentVersion_RefusesThenDeletes()
    {
        var id = (int)(await RuleOps.CreateAsync(api, "To delete"))["id"]!;
        const string delete = "mutation($id: Int!, $v: Int!) { deleteScoringRule(input: { id: $id, expectedVersion: $v }) { errors { __typename } } }";

        var stale = (await api.DataAsync(delete, new { id, v = 7 }))["deleteScoringRule"]!;
        var current = (await api.DataAsync(delete, new { id, v = 1 }))["deleteScoringRule"]!;

        Assert.Equal("ConcurrencyError", (string)stale["errors"]![0]!["__typename"]!);
        Assert.Empty(current["errors"]!.AsArray());
        Assert.False(await DbAsync(db => db.ScoringRules.AnyAsync(r => r.Id == id)));
        Assert.NotNull((await AuditAsync(id, "delete")).Before);
    }

    [Theory]
    [InlineData("Lead.Employees >= 10", true, null)]
    [InlineData("Lead.Employees >= ", false, "when")]
    public async Task ValidateScoringRule_Text_ReportsValidityWithoutSaving(string when, bool valid, string? part)
    {
        const string validate = "mutation($when: String!) { validateScoringRule(input: { ruleSet: LEAD_SCORING, when: $when, then: { addPoints: { dimension: FIT, points: 1 } } }) { valid errors { ... on RuleValidationError { part position message } } } }";
        var before = await DbAsync(db => db.ScoringRules.CountAsync());

        var payload = (await api.DataAsync(validate, new { when }))["validateScoringRule"]!;

        Assert.Equal(valid, (bool)payload["valid"]!);
        Assert.Equal(part, (string?)payload["errors"]!.AsArray().FirstOrDefault()?["part"]);
        Assert.Equal(before, await DbAsync(db => db.ScoringRules.CountAsync()));
    }

    [Fact]
    public async Task CreateScoringRule_ReaderKey_IsNotAuthorized()
    {
        var client = api.CreateClient(await api.CreateKeyAsync(Roles.Reader));

        var body = JsonNode.Parse(await (await client.PostAsJsonAsync("/graphql", new { query = RuleOps.Create, variables = RuleOps.ScoringRule("Reader rule") })).Content.ReadAsStringAsync())!;

        Assert.NotNull(body["errors"]);
        Assert.False(await DbAsync(db => db.ScoringRules.AnyAsync(r => r.Name == "Reader rule")));
    }

    [Fact]
    public async Task CreateScoringRule_OpsKey_IsAuditedUnderTheKeyName()
    {
        var client = api.CreateClient(await api.CreateKeyAsync(Roles.Ops));

        var body = JsonNode.Parse(await (await client.PostAsJsonAsync("/graphql", new { query = RuleOps.Create, variables = RuleOps.ScoringRule("Ops rule") })).Content.ReadAsStringAsync())!;

        var id = (int)body["data"]!["createScoringRule"]!["rule"]!["id"]!;
        Assert.Equal("test ops", (await AuditAsync(id)).User);
    }

    [Fact]
    public async Task ScoringRules_WhereAndOrder_FiltersTheDraftRows()
    {
        await RuleOps.CreateAsync(api, "Listed rule", "Lead.Employees >= 5");

        var data = await api.DataAsync("""{ scoringRules(where: { name: { eq: "Listed rule" } }, order: [{ name: ASC }]) { totalCount nodes { name ruleSet then { description } } } }""");

        var node = Assert.Single(data["scoringRules"]!["nodes"]!.AsArray())!;
        Assert.Equal(("LEAD_SCORING", "+10 Fit"), ((string)node["ruleSet"]!, (string)node["then"]!["description"]!));
    }

    private async Task<AuditEntry> AuditAsync(int ruleId, string action = "create") =>
        await DbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ScoringRule) && a.EntityId == ruleId.ToString() && a.Action == action));

    private async Task<T> DbAsync<T>(Func<SalesDbContext, Task<T>> query)
    {
        _ = api.Server;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
