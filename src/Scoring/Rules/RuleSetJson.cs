using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesGraph.Scoring.Rules;

/// <summary>A published rule set as one JSON array (RuleSetVersion.RulesJson): id, name, kind, when, then (the action JSON), priority, enabled.</summary>
public static class RuleSetJson
{
    public static string Write(IEnumerable<RuleSpec> rules)
    {
        var array = new JsonArray();
        foreach (var r in rules)
        {
            array.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["name"] = r.Name,
                ["kind"] = r.Kind.ToString(),
                ["when"] = r.When,
                ["then"] = JsonNode.Parse(RuleActionJson.Write(r.Then)),
                ["priority"] = r.Priority,
                ["enabled"] = r.Enabled,
            });
        }
        return array.ToJsonString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote; errors (not exceptions) for anything else.</summary>
    public static (IReadOnlyList<RuleSpec> Rules, IReadOnlyList<RuleError> Errors) Read(string json)
    {
        var rules = new List<RuleSpec>();
        var errors = new List<RuleError>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return ([], [new RuleError("rules", null, $"the rule set is not valid JSON ({e.Message})")]);
        }
        if (root is not JsonArray array)
            return ([], [new RuleError("rules", null, "the rule set must be a JSON array")]);
        foreach (var node in array.OfType<JsonObject>())
        {
            var name = node["name"]?.GetValue<string>() ?? "";
            if (!Enum.TryParse<RuleSetKind>(node["kind"]?.GetValue<string>(), out var kind))
            {
                errors.Add(new RuleError("kind", null, "unknown rule set kind", name));
                continue;
            }
            var action = RuleActionJson.Parse(node["then"]?.ToJsonString());
            if (action.Error is not null)
            {
                errors.Add(action.Error with { RuleName = name });
                continue;
            }
            rules.Add(new RuleSpec(node["id"]?.GetValue<int>() ?? 0, name, kind, node["when"]?.GetValue<string>() ?? "", action.Action!,
                node["priority"]?.GetValue<int>() ?? 0, node["enabled"]?.GetValue<bool>() ?? true));
        }
        return (rules, errors);
    }
}
