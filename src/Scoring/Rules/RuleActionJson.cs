using System.Text;
using System.Text.Json;

namespace SalesGraph.Scoring.Rules;

/// <summary>Reads and writes the <c>then</c> column: a JSON object with exactly one property that names the action,
/// e.g. <c>{"addPoints":{"dimension":"Fit","points":10,"cap":20}}</c> or <c>{"setStage":"Mql"}</c>.</summary>
public static class RuleActionJson
{
    private const string Shapes =
        "{\"addPoints\":{\"dimension\":\"Fit\",\"points\":10,\"cap\":20}}, {\"route\":{\"team\":\"Enterprise EMEA\",\"slaHours\":24}}, " +
        "{\"setStage\":\"Mql\"}, {\"nurture\":\"Early education\"}, {\"decide\":\"Bid\"}, {\"tag\":\"Retain\"}, {\"setGrade\":\"A\"}, " +
        "{\"createSuspectAccount\":true}";

    private static readonly string[] ActionNames = ["addPoints", "route", "setStage", "nurture", "decide", "tag", "setGrade", "createSuspectAccount"];

    public static ActionParseResult Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return Fail(null, $"the action is empty; write one of {Shapes}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var position = e.BytePositionInLine is { } p ? (int)p + 1 : (int?)null;
            return Fail(position, $"the action is not valid JSON ({FirstSentence(e.Message)}); write e.g. {{\"setStage\":\"Mql\"}}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail(1, $"the action must be a JSON object such as {Shapes}");
            var properties = root.EnumerateObject().ToList();
            if (properties.Count != 1)
                return Fail(1, $"the action must name exactly one action (found {properties.Count}); one of {string.Join(", ", ActionNames)}");
            var property = properties[0];
            try
            {
                return new ActionParseResult(Read(property.Name, property.Value), null);
            }
            catch (ActionFormatException e)
            {
                return Fail(null, e.Message);
            }
        }
    }

    public static string Write(RuleAction action)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            switch (action)
            {
                case AddPoints a:
                    writer.WriteStartObject("addPoints");
                    writer.WriteString("dimension", a.Dimension.ToString());
                    writer.WriteNumber("points", a.Points);
                    if (a.Cap is { } cap)
                        writer.WriteNumber("cap", cap);
                    writer.WriteEndObject();
                    break;
                case Route r:
                    writer.WriteStartObject("route");
                    writer.WriteString("team", r.Team);
                    if (r.SlaHours is { } sla)
                        writer.WriteNumber("slaHours", sla);
                    writer.WriteEndObject();
                    break;
                case SetStage s: writer.WriteString("setStage", s.Stage.ToString()); break;
                case Nurture n: writer.WriteString("nurture", n.Track); break;
                case Decide d: writer.WriteString("decide", d.Decision.ToString()); break;
                case Tag t: writer.WriteString("tag", t.Strategy.ToString()); break;
                case SetGrade g: writer.WriteString("setGrade", g.Grade.ToString()); break;
                case CreateSuspectAccount: writer.WriteBoolean("createSuspectAccount", true); break;
                default: throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name, "unknown action type");
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static RuleAction Read(string name, JsonElement value) => name switch
    {
        "addPoints" => ReadAddPoints(value),
        "route" => ReadRoute(value),
        "setStage" => new SetStage(ReadEnum<LeadStage>("setStage", value)),
        "nurture" => new Nurture(ReadText("nurture", value)),
        "decide" => new Decide(ReadEnum<BidDecision>("decide", value)),
        "tag" => new Tag(ReadEnum<StrategyTag>("tag", value)),
        "setGrade" => new SetGrade(ReadEnum<LeadGrade>("setGrade", value)),
        "createSuspectAccount" => value.ValueKind == JsonValueKind.True
            ? new CreateSuspectAccount()
            : throw new ActionFormatException($"createSuspectAccount takes true, not {value.GetRawText()} (leave the rule out to create no account)"),
        _ => throw new ActionFormatException($"unknown action '{name}'{Suggest(name, ActionNames)}; use one of {string.Join(", ", ActionNames)}"),
    };

    private static AddPoints ReadAddPoints(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw new ActionFormatException("addPoints needs an object: {\"dimension\":\"Fit\",\"points\":10,\"cap\":20}");
        RefuseUnknown("addPoints", value, "dimension", "points", "cap");
        if (!value.TryGetProperty("dimension", out var dimension))
            throw new ActionFormatException("addPoints needs a dimension: Fit, Engagement or Bid");
        if (!value.TryGetProperty("points", out var points))
            throw new ActionFormatException("addPoints needs points, a whole number such as 10 or -5");
        int? cap = value.TryGetProperty("cap", out var capValue) && capValue.ValueKind != JsonValueKind.Null
            ? ReadInt("addPoints.cap", capValue)
            : null;
        if (cap is < 0)
            throw new ActionFormatException("addPoints.cap must be 0 or more (it bounds the size of the rule's contribution)");
        return new AddPoints(ReadEnum<ScoreDimension>("addPoints.dimension", dimension), ReadInt("addPoints.points", points), cap);
    }

    private static Route ReadRoute(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw new ActionFormatException("route needs an object: {\"team\":\"Enterprise EMEA\",\"slaHours\":24}");
        RefuseUnknown("route", value, "team", "slaHours");
        if (!value.TryGetProperty("team", out var team))
            throw new ActionFormatException("route needs a team name");
        int? sla = value.TryGetProperty("slaHours", out var slaValue) && slaValue.ValueKind != JsonValueKind.Null
            ? ReadInt("route.slaHours", slaValue)
            : null;
        if (sla is <= 0)
            throw new ActionFormatException("route.slaHours must be more than 0");
        return new Route(ReadText("route.team", team), sla);
    }

    private static void RefuseUnknown(string action, JsonElement value, params string[] known)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                throw new ActionFormatException($"{action} has no setting '{property.Name}'{Suggest(property.Name, known)}; it takes {string.Join(", ", known)}");
        }
    }

    private static int ReadInt(string what, JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new ActionFormatException($"{what} must be a whole number, not {value.GetRawText()}");

    private static string ReadText(string what, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
        if (text.Length == 0)
            throw new ActionFormatException($"{what} must be a non-empty text");
        return text.Length <= 200 ? text : throw new ActionFormatException($"{what} is longer than 200 characters");
    }

    private static T ReadEnum<T>(string what, JsonElement value)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
                return Enum.Parse<T>(match);
            throw new ActionFormatException($"{what} '{text}' is not one of {string.Join(", ", names)}{Suggest(text, names)}");
        }
        throw new ActionFormatException($"{what} must be one of {string.Join(", ", names)} (as text)");
    }

    private static string Suggest(string text, IEnumerable<string> candidates) =>
        Conditions.Levenshtein.Closest(text, candidates) is { } near ? $" (did you mean '{near}'?)" : "";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    private static ActionParseResult Fail(int? position, string message) =>
        new(null, new RuleError(RuleError.Then, position, message));

    private sealed class ActionFormatException(string message) : Exception(message);
}
