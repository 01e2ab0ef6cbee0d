using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Import;

/// <summary>How the import keeps one column as a custom field: the column (default: the field's name), its type and the raw values that
/// mean "no value" on top of blank and the mapping's <see cref="LeadImportMapping.NullValues"/> (e.g. <c>["unknown", "999"]</c>).
/// The raw cell is read: a column also mapped onto a Lead property keeps its own levels here (<c>Lead Source</c>: Olark Chat, Google).</summary>
public sealed class CustomFieldMapping
{
    public string? Column { get; set; }

    /// <summary><c>text</c>, <c>number</c>, <c>yesNo</c> or <c>date</c>.</summary>
    public string Type { get; set; } = "text";

    public List<string> Missing { get; set; } = [];

    public static CustomFieldType? ParseType(string type) => type.ToLowerInvariant() switch
    {
        "text" => CustomFieldType.Text,
        "number" => CustomFieldType.Number,
        "yesno" or "yes/no" or "flag" => CustomFieldType.YesNo,
        "date" => CustomFieldType.Date,
        _ => null,
    };
}
