namespace SalesGraph.Data.Leads;

/// <summary>The catalogue of custom fields: every key a lead's <see cref="Lead.CustomFields"/> may hold, with its type. Filled by the
/// CSV import (from the mapping) and by intake (the first lead that sends a new key); rule validation checks the names rules use against it.
/// Rows are never deleted: a rule that validated against a field keeps compiling.</summary>
public class CustomFieldDefinition
{
    /// <summary>The key in the stored JSON and in rules, e.g. <c>TotalVisits</c>; case matters.</summary>
    public required string Name { get; set; }

    public CustomFieldType Type { get; set; }

    /// <summary>JSON array of the raw values the import stored as missing (e.g. <c>["", "Select", "999"]</c>); null from intake.</summary>
    public string? MissingValues { get; set; }

    /// <summary>The CSV column the import read it from; null from intake.</summary>
    public string? Column { get; set; }

    public CustomFieldOrigin Origin { get; set; }

    public DateTime CreatedAt { get; set; }
}

public enum CustomFieldType
{
    Text,
    Number,
    YesNo,
    Date,
}

public enum CustomFieldOrigin
{
    Import,
    Intake,
}
