using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Tests.Rules;

public sealed class PublishingTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PublishRuleSet_ValidDraft_PublishesTheNextNumberAndSwapsTheEngine()
    {
        var before = Engine.Current(ScoringKind.LeadScoring).Version;
        await RuleOps.CreateAsync(api, "Published rule");

        var payload = await PublishAsync("LEAD_SCORING", "more fit points");

        Assert.Empty(payload["errors"]!.AsArray());
        var number = (int)payload["version"]!["number"]!;
        Assert.Equal((before + 1, "more fit points", "test admin"), (number, (string)payload["version"]!["note"]!, (string)payload["version"]!["publishedBy"]!));
        Assert.Contains(payload["version"]!["rules"]!.AsArray(), r => (string)r!["name"]! == "Published rule");
        Assert.Equal(number, Engine.Current(ScoringKind.LeadScoring).Version);
        Assert.Contains(Engine.Current(ScoringKind.LeadScoring).Rules, r => r.Spec.Name == "Published rule");
        Assert.True(await DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "publish" && a.EntityId == $"LeadScoring:{number}" && a.User == "test admin")));
    }

    [Fact]
    public async Task PublishRuleSet_DraftWithABrokenRow_RefusesNamingTheRuleAndPublishesNothing()
    {
        await DbAsync(async db =>
        {
            db.ScoringRules.Add(new ScoringRule { RuleSet = RuleSetKind.CustomerStrategy, Name = "Broken", When = "Customer.Revenu > 1", Then = """{"tag":"Retain"}""", ChangedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var versions = await DbAsync(db => db.RuleSetVersions.CountAsync(v => v.RuleSet == RuleSetKind.CustomerStrategy));

        var payload = await PublishAsync("CUSTOMER_STRATEGY", null);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("RuleValidationError", "Broken", "when"), ((string)error["__typename"]!, (string)error["ruleName"]!, (string)error["part"]!));
        Assert.Null(payload["version"]);
        Assert.Equal(versions, await DbAsync(db => db.RuleSetVersions.CountAsync(v => v.RuleSet == RuleSetKind.CustomerStrategy)));
        await DbAsync(db => db.ScoringRules.Where(r => r.Name == "Broken").ExecuteDeleteAsync());
    }

    [Fact]
    public async Task PublishRuleSet_SeveralAtOnce_EachGetsItsOwnNumber()
    {
        var payloads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PublishAsync("LEAD_ROUTING", "concurrent")));

        var numbers = payloads.Where(p => p["version"] is not null).Select(p => (int)p["version"]!["number"]!).ToList();
        Assert.All(payloads.Where(p => p["version"] is null), p => Assert.Equal("PublishConflictError", (string)p["errors"]![0]!["__typename"]!));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.NotEmpty(numbers);
        Assert.Equal(numbers.Max(), Engine.Current(ScoringKind.LeadRouting).Version);
    }

    [Fact]
    public async Task RollbackRuleSet_EarlierVersion_RepublishesItAsANewNumberAndResetsTheDraft()
    {
        var tender = "TENDER_EVALUATION";
        await api.DataAsync(RuleOps.Create, new { input = new { ruleSet = tender, name = "Always review", when = "true", then = new { decide = "REVIEW" } } });
        var published = (int)(await PublishAsync(tender, "with review"))["version"]!["number"]!;

        var payload = (await api.DataAsync(RuleOps.Rollback, new { input = new { kind = tender, version = 1 } }))["rollbackRuleSet"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal((published + 1, 1), ((int)payload["version"]!["number"]!, (int)payload["version"]!["rolledBackFrom"]!));
        Assert.DoesNotContain(payload["version"]!["rules"]!.AsArray(), r => (string)r!["name"]! == "Always review");
        Assert.Equal(published + 1, Engine.Current(ScoringKind.TenderEvaluation).Version);
        var draft = await api.DataAsync("{ ruleSet(kind: TENDER_EVALUATION) { publishedVersion { number } draft { rules { name } } } }");
        Assert.DoesNotContain(draft["ruleSet"]!["draft"]!["rules"]!.AsArray(), r => (string)r!["name"]! == "Always review");
        Assert.Equal(published + 1, (int)draft["ruleSet"]!["publishedVersion"]!["number"]!);
        Assert.True(await DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "rollback" && a.EntityId == $"TenderEvaluation:{published + 1}")));
    }

    [Fact]
    public async Task RollbackRuleSet_RuleDeletedSince_RunsTheRestoredRuleUnderItsNewDraftId()
    {
        var created = (await api.DataAsync(RuleOps.Create, new { input = new { ruleSet = "LEAD_ROUTING", name = "Nurture everyone (rb)", when = "true", then = new { nurture = "Everyone" } } }))["createScoringRule"]!;
        var id = (int)created["rule"]!["id"]!;
        var withRule = (int)(await PublishAsync("LEAD_ROUTING", "with"))["version"]!["number"]!;
        await api.DataAsync("mutation($id: Int!) { deleteScoringRule(input: { id: $id, expectedVersion: 1 }) { errors { __typename } } }", new { id });
        await PublishAsync("LEAD_ROUTING", "without");

        var payload = (await api.DataAsync(RuleOps.Rollback, new { input = new { kind = "LEAD_ROUTING", version = withRule } }))["rollbackRuleSet"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        var restored = await DbAsync(db => db.ScoringRules.SingleAsync(r => r.Name == "Nurture everyone (rb)"));
        Assert.NotEqual(id, restored.Id);
        // The set that runs is the one compiled while publishing: its rule carries the draft row's new id, as the stored version does.
        var running = Engine.Current(ScoringKind.LeadRouting);
        Assert.Equal((int)payload["version"]!["number"]!, running.Version);
        Assert.Equal(restored.Id, running.Rules.Single(r => r.Spec.Name == "Nurture everyone (rb)").Spec.Id);
        await DbAsync(db => db.ScoringRules.Where(r => r.Name == "Nurture everyone (rb)").ExecuteDeleteAsync());
    }

    [Fact]
    public async Task RollbackRuleSet_UnknownVersion_ReturnsVersionNotFound()
    {
        var payload = (await api.DataAsync(RuleOps.Rollback, new { input = new { kind = "LEAD_SCORING", version = 9999 } }))["rollbackRuleSet"]!;

        Assert.Equal("RuleSetVersionNotFoundError", (string)payload["errors"]![0]!["__typename"]!);
    }

    [Fact]
    public async Task RuleSetVersions_AfterPublishes_ListsThemNewestFirst()
    {
        await PublishAsync("LEAD_SCORING", "listed");

        var versions = (await api.DataAsync("{ ruleSetVersions(kind: LEAD_SCORING) { number note publishedAt } }"))["ruleSetVersions"]!.AsArray();

        var numbers = versions.Select(v => (int)v!["number"]!).ToList();
        Assert.Equal(numbers.OrderDescending(), numbers);
        Assert.Equal(1, numbers[^1]);
    }

    [Fact]
    public async Task AuditEntries_Connection_FiltersByAction()
    {
        await RuleOps.CreateAsync(api, "Audited via query");

        var data = await api.DataAsync("""{ auditEntries(where: { action: { eq: "create" } }, order: [{ at: DESC }], first: 50) { nodes { user action entityType after } } }""");

        Assert.Contains(data["auditEntries"]!["nodes"]!.AsArray(), n => ((string)n!["after"]!).Contains("Audited via query"));
        Assert.All(data["auditEntries"]!["nodes"]!.AsArray(), n => Assert.Equal("create", (string)n!["action"]!));
    }

    private RuleEngine Engine => api.Services.GetRequiredService<RuleEngine>();

    private async Task<JsonNode> PublishAsync(string kind, string? note) =>
        (await api.DataAsync(RuleOps.Publish, new { input = new { kind, note } }))["publishRuleSet"]!;

    private async Task<T> DbAsync<T>(Func<SalesDbContext, Task<T>> query)
    {
        _ = api.Server;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
