namespace SalesGraph.Scoring.Conditions;

/// <summary>A field a condition may use, e.g. <c>Lead.Employees</c> (number); for editors' completion lists.</summary>
public sealed record FactField(string Fact, string Name, string TypeName, IReadOnlyList<string> Values)
{
    public string Path => $"{Fact}.{Name}";
}
