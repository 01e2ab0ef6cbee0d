using System.Text.Json.Nodes;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>The GraphQL documents the rule-operations tests send.</summary>
public static class RuleOps
{
    public const string Create = """
        mutation($input: CreateScoringRuleInput!) {
          createScoringRule(input: $input) {
            rule { id name when priority enabled version changedBy then { addPoints { dimension points cap } setStage description } }
            errors { __typename ... on Error { message } ... on RuleValidationError { position part } ... on ConcurrencyError { currentVersion } }
          }
        }
        """;

    public const string Update = """
        mutation($input: UpdateScoringRuleInput!) {
          updateScoringRule(input: $input) {
            rule { id name when priority enabled version }
            errors { __typename ... on Error { message } ... on ConcurrencyError { currentVersion } ... on RuleNotFoundError { id } }
          }
        }
        """;

    public const string Publish = """
        mutation($input: PublishRuleSetInput!) {
          publishRuleSet(input: $input) {
            version { number note publishedBy rolledBackFrom rules { name } }
            errors { __typename ... on Error { message } ... on RuleValidationError { ruleName part position } }
          }
        }
        """;

    public const string Rollback = """
        mutation($input: RollbackRuleSetInput!) {
          rollbackRuleSet(input: $input) {
            version { number note rolledBackFrom rules { name } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    public const string RunningVersion = "query($kind: RuleSetKind!) { ruleSet(kind: $kind) { runningVersion publishedVersion { number } } }";

    public static object ScoringRule(string name, string when = "Lead.Employees >= 1000", int points = 10) => new
    {
        input = new { ruleSet = "LEAD_SCORING", name, when, then = new { addPoints = new { dimension = "FIT", points } } },
    };

    public static async Task<JsonNode> CreateAsync(ApiFactory api, string name, string when = "Lead.Employees >= 1000", int points = 10)
    {
        var payload = (await api.DataAsync(Create, ScoringRule(name, when, points)))["createScoringRule"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["rule"]!;
    }
}
