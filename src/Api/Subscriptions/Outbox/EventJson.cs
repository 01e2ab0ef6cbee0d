using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>How event payloads are stored: camelCase, enums by name, so a row reads the same to a person and to a broker consumer.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
