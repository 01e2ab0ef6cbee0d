using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Editing;

/// <summary>Audit entries for rule and rule-set changes, with the state as JSON.</summary>
public static class AuditLog
{
    // Conditions hold <, > and &: keep them readable in the stored JSON.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static AuditEntry Entry(string user, DateTime at, string action, string entityType, string? entityId, string? before, string? after) => new()
    {
        User = user,
        At = at,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Before = before,
        After = after,
    };

    public static string Snapshot(ScoringRule rule) => new JsonObject
    {
        ["id"] = rule.Id,
        ["ruleSet"] = rule.RuleSet.ToString(),
        ["name"] = rule.Name,
        ["when"] = rule.When,
        ["then"] = Json(rule.Then),
        ["priority"] = rule.Priority,
        ["enabled"] = rule.Enabled,
        ["version"] = rule.Version,
    }.ToJsonString(Readable);

    public static string Snapshot(RuleSetVersion version) => new JsonObject
    {
        ["ruleSet"] = version.RuleSet.ToString(),
        ["number"] = version.Number,
        ["note"] = version.Note,
        ["rolledBackFrom"] = version.RolledBackFrom,
        ["rules"] = Json(version.RulesJson),
    }.ToJsonString(Readable);

    private static JsonNode? Json(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
