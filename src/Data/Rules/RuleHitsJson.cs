using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesGraph.Data.Rules;

/// <summary>The JSON form of <see cref="ScoreResult.Hits"/>: <c>[{"ruleId":1,"ruleName":"…","ruleSet":"LeadScoring","points":10,"effect":"…"}]</c>,
/// written by EF Core and by the bulk writers alike.</summary>
public static class RuleHitsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(IReadOnlyList<RuleHit> hits) => JsonSerializer.Serialize(hits, Options);

    public static List<RuleHit> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<RuleHit>>(json, Options) ?? [];
}
