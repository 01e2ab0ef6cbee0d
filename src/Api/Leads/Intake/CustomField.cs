namespace SalesGraph.Api.Leads.Intake;

/// <summary>A custom field of the sending system: its key and at most one value. <see cref="Value"/> is text, converted to the field's
/// catalogue type (<c>"5"</c> for a number field); <see cref="Number"/>, <see cref="Flag"/> and <see cref="Date"/> are typed. No value: missing.</summary>
public sealed class CustomField
{
    public string Key { get; set; } = "";

    public string? Value { get; set; }

    public double? Number { get; set; }

    public bool? Flag { get; set; }

    public DateTime? Date { get; set; }
}
