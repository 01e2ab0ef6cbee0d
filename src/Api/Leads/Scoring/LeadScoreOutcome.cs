using System.Text.Json;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>The routing side of a lead's stored <see cref="Data.Rules.ScoreResult"/> (its Outcome JSON), with the routing rule-set version.</summary>
public sealed record LeadScoreOutcome(string Grade, string Stage, string? Team, int? TeamId, int? RepId, DateTime? DueAt, string? NurtureTrack, int RoutingVersion)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LeadScoreOutcome? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            return JsonSerializer.Deserialize<LeadScoreOutcome>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
