using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesGraph.Data.Rules;

/// <summary>The JSON form of <see cref="ScoreResult.Hits"/>:
/// <c>[{"ruleId":1,"ruleName":"…","ruleSet":"LeadScoring","points":10,"effect":"…","applied":false,"reason":"Capped"}]</c>,
/// written by EF Core and by the bulk writers alike.</summary>
public static class RuleHitsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>What the engine appended to a hit's effect before <see cref="RuleHit.Applied"/> and <see cref="RuleHit.Reason"/>
    /// were stored (results evaluated before 2026-12).</summary>
    private static readonly (string Suffix, RuleHitReason Reason)[] LegacySuffixes =
    [
        (" (overruled by a rule of higher priority)", RuleHitReason.OverruledByPriority),
        (" (not applied: disqualified)", RuleHitReason.Disqualified),
        (" (not applied: the lead has an account)", RuleHitReason.HasAccount),
        (" (not applied: no bid)", RuleHitReason.NoBid),
    ];

    public static string Write(IReadOnlyList<RuleHit> hits) => JsonSerializer.Serialize(hits, Options);

    public static List<RuleHit> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        var hits = JsonSerializer.Deserialize<List<RuleHit>>(json, Options) ?? [];
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Applied && hits[i].Effect is not null)
                hits[i] = FromLegacyEffect(hits[i]);
        }
        return hits;
    }

    /// <summary>A hit stored without <c>applied</c>: the not-applied note moves from the effect text into the reason, so an old
    /// result reads as a new one would. Text a current hit never carries, so an applied current hit comes back unchanged.</summary>
    private static RuleHit FromLegacyEffect(RuleHit hit)
    {
        var effect = hit.Effect!;
        foreach (var (suffix, reason) in LegacySuffixes)
        {
            if (effect.EndsWith(suffix, StringComparison.Ordinal))
                return hit with { Applied = false, Reason = reason, Effect = effect[..^suffix.Length] };
        }
        var nurture = effect.IndexOf(" (not applied: stage ", StringComparison.Ordinal);
        if (nurture > 0 && effect.EndsWith(')'))
            return hit with { Applied = false, Reason = RuleHitReason.AboveNurtureBar, Effect = effect[..nurture] };
        if (hit.Points == 0 && effect.Contains(" cap of ", StringComparison.Ordinal) && effect.Contains(" over the ", StringComparison.Ordinal))
            return hit with { Applied = false, Reason = RuleHitReason.Capped };
        // "+0 Engagement (decayed ×0.50)" is a rule of no points, which counts; any other decayed hit at 0 came to nothing.
        if (hit.Points == 0 && effect.Contains("decayed ×", StringComparison.Ordinal) && !effect.StartsWith("+0 ", StringComparison.Ordinal))
            return hit with { Applied = false, Reason = RuleHitReason.DecayedToZero };
        return hit;
    }
}
