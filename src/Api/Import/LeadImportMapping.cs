using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesGraph.Api.Import;

/// <summary>
/// How a CSV export maps to <c>SubmitLeadInput</c>: <see cref="Fields"/> names the field of each column (a field of
/// SubmitLeadInput, <c>converted</c>, or <c>customFields.&lt;key&gt;</c> for a text custom field); <see cref="Values"/> rewrites a column's raw values
/// (a JSON null drops the value; the key <c>*</c> catches values not named); <see cref="NullValues"/> are placeholders that mean "no value" in every column;
/// <see cref="CustomFields"/> keeps columns as typed custom fields (see <see cref="CustomFieldMapping"/>).
/// </summary>
public sealed class LeadImportMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public Dictionary<string, string> Fields { get; set; } = [];

    public Dictionary<string, Dictionary<string, string?>> Values { get; set; } = [];

    public List<string> NullValues { get; set; } = [];

    /// <summary>Typed custom fields by name, e.g. <c>"TotalVisits": { "type": "number" }</c>; registered in the catalogue when the import starts.</summary>
    public Dictionary<string, CustomFieldMapping> CustomFields { get; set; } = [];

    /// <summary>Values for fields no column gives, e.g. <c>"source": "OTHER"</c>.</summary>
    public Dictionary<string, string> Defaults { get; set; } = [];

    /// <summary>Rows per intake call (at most Intake:MaxBatchSize).</summary>
    public int BatchSize { get; set; } = 500;

    [JsonIgnore]
    public static IReadOnlyList<string> KnownFields { get; } =
    [
        "source", "externalId", "email", "firstName", "lastName", "phone", "jobTitle", "company", "domain", "country", "industry",
        "employees", "annualRevenue", "consentEmail", "consentPhone", "consentTracking", "campaign", "utmSource", "utmMedium",
        "utmCampaign", "utmTerm", "utmContent", "buyingMotives", "converted",
    ];

    /// <summary>The mapping, or why it cannot be used.</summary>
    public static (LeadImportMapping? Mapping, string? Error) Read(string json)
    {
        LeadImportMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<LeadImportMapping>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, $"The mapping is not valid JSON: {e.Message}");
        }

        if (mapping is null || (mapping.Fields.Count == 0 && mapping.CustomFields.Count == 0))
        {
            return (null, "The mapping names no fields.");
        }

        foreach (var (name, custom) in mapping.CustomFields)
        {
            if (CustomFieldMapping.ParseType(custom.Type) is null)
            {
                return (null, $"customFields.{name}: unknown type \"{custom.Type}\"; use text, number, yesNo or date.");
            }

            if (name.Length is 0 or > 100)
            {
                return (null, $"customFields.{name}: a custom field name has 1 to 100 characters.");
            }

            if (mapping.Fields.ContainsValue("customFields." + name))
            {
                return (null, $"customFields.{name} is named twice: under fields and under customFields.");
            }
        }

        var unknown = mapping.Fields.Values.Concat(mapping.Defaults.Keys)
            .Where(f => !KnownFields.Contains(f) && !f.StartsWith("customFields.", StringComparison.Ordinal)).ToList();
        return unknown.Count > 0
            ? (null, $"The mapping names unknown fields: {string.Join(", ", unknown)}. Known: {string.Join(", ", KnownFields)}, customFields.<key>.")
            : (mapping, null);
    }
}
