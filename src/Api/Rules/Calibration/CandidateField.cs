using System.Reflection;
using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Facts;
using CustomFieldType = SalesGraph.Scoring.Facts.CustomFieldType;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

public enum CandidateFieldKind
{
    Text,
    Number,
    YesNo,
}

/// <summary>A field a suggested rule may test: its name, how a condition names it, what kind of value it holds, and how to read
/// that value off a lead fact (null when missing; text as string, numbers as double, yes/no as bool).</summary>
/// <param name="Nullable">Can be missing, so a "missing" candidate (<c>== null</c>) makes sense.</param>
public sealed record CandidateField(string Name, string Path, CandidateFieldKind Kind, bool Nullable, bool WholeNumber, Func<LeadFact, object?> Value)
{
    /// <summary>Lead fields a rule cannot usefully test: identities and unique contact data.</summary>
    private static readonly HashSet<string> NotCandidates = [nameof(LeadFact.Id), nameof(LeadFact.AccountId), nameof(LeadFact.ContactId), nameof(LeadFact.Email)];

    /// <summary>The lead fields scoring conditions may use (the allow-list's), as candidates.</summary>
    public static IReadOnlyList<CandidateField> LeadProperties { get; } = [.. FactSchema.For(RuleSetKind.LeadScoring).FieldNames("Lead")
        .Where(n => !NotCandidates.Contains(n))
        .Select(n => typeof(LeadFact).GetProperty(n)!)
        .Select(From)
        .OfType<CandidateField>()
        .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>The custom fields of the catalogue as candidates, named <c>customFields.Name</c> (dates are left out).</summary>
    public static IEnumerable<CandidateField> CustomFields(IReadOnlyDictionary<string, CustomFieldType> catalogue) => catalogue
        .Where(f => f.Value != CustomFieldType.Date)
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .Select(f =>
        {
            var name = f.Key;
            var quoted = "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\")";
            return f.Value switch
            {
                CustomFieldType.Number => new CandidateField(CustomPrefix + name, "Lead.Number(" + quoted, CandidateFieldKind.Number, true, false, l => l.CustomFields[name].Number),
                CustomFieldType.YesNo => new CandidateField(CustomPrefix + name, "Lead.Flag(" + quoted, CandidateFieldKind.YesNo, true, false, l => l.CustomFields[name].IsMissing ? null : l.CustomFields[name].Flag),
                _ => new CandidateField(CustomPrefix + name, "Lead.Field(" + quoted, CandidateFieldKind.Text, true, false, l => l.CustomFields[name].Text),
            } with
            { MissingTest = "Lead.IsMissing(" + quoted };
        });

    public const string CustomPrefix = "customFields.";

    /// <summary>The condition that holds when the value is missing (<c>Lead.X == null</c> for a property).</summary>
    public string? MissingTest { get; init; }

    private static CandidateField? From(PropertyInfo property)
    {
        var type = System.Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var nullable = !property.PropertyType.IsValueType || System.Nullable.GetUnderlyingType(property.PropertyType) is not null;
        var path = "Lead." + property.Name;
        if (type == typeof(string))
            return new(property.Name, path, CandidateFieldKind.Text, true, false, l => property.GetValue(l));
        if (type.IsEnum)
            return new(property.Name, path, CandidateFieldKind.Text, nullable, false, l => property.GetValue(l)?.ToString());
        if (type == typeof(bool))
            return new(property.Name, path, CandidateFieldKind.YesNo, nullable, false, l => property.GetValue(l));
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
            return new(property.Name, path, CandidateFieldKind.Number, nullable, type != typeof(double), l => property.GetValue(l) is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null);
        return null;
    }
}
