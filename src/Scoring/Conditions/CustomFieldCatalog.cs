using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Conditions;

/// <summary>The custom fields a condition may name, with their types: <c>Lead.Number("TotalVisits")</c> is refused when
/// TotalVisits is not in the catalogue or is not a number. The Api fills it from the CustomFieldDefinitions table.</summary>
public sealed class CustomFieldCatalog(IReadOnlyDictionary<string, CustomFieldType> fields)
{
    public static readonly CustomFieldCatalog None = new(new Dictionary<string, CustomFieldType>());

    public IReadOnlyDictionary<string, CustomFieldType> Fields { get; } = fields;

    public IReadOnlyList<string> Names { get; } = [.. fields.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The rule function that reads a field of this type.</summary>
    public static string FunctionFor(CustomFieldType type) => type switch
    {
        CustomFieldType.Number => "Number",
        CustomFieldType.YesNo => "Flag",
        CustomFieldType.Date => "Date",
        _ => "Field",
    };

    public static string TypeName(CustomFieldType type) => type switch
    {
        CustomFieldType.Number => "number",
        CustomFieldType.YesNo => "yes/no",
        CustomFieldType.Date => "date",
        _ => "text",
    };
}
