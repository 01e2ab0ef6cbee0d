namespace SalesGraph.Api.Leads.Intake;

/// <summary>A free key/value field of the sending system.</summary>
public sealed class CustomField
{
    public string Key { get; set; } = "";

    public string? Value { get; set; }
}
