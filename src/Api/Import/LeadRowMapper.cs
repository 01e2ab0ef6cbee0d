using System.Globalization;
using SalesGraph.Api.Leads.Intake;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Import;

/// <summary>Turns one CSV row into a <see cref="LeadSubmission"/> by a <see cref="LeadImportMapping"/>; values that do not convert are reported.</summary>
public sealed class LeadRowMapper(LeadImportMapping mapping)
{
    public const string CustomPrefix = "customFields.";

    private readonly HashSet<string> _nulls = new(mapping.NullValues, StringComparer.Ordinal);

    private readonly (string Name, string Column, HashSet<string> Missing)[] _customFields =
        [.. mapping.CustomFields.Select(f => (f.Key, f.Value.Column ?? f.Key, new HashSet<string>(MappedCustomFields.Missing(mapping, f.Value), StringComparer.Ordinal)))];

    /// <summary>The columns the mapping's custom fields read.</summary>
    public IEnumerable<string> CustomFieldColumns => _customFields.Select(f => f.Column);

    public (LeadSubmission Lead, IReadOnlyList<string> Errors) Map(IReadOnlyDictionary<string, string?> row)
    {
        var lead = new LeadSubmission { Source = LeadSource.Other };
        var errors = new List<string>();
        var values = new Dictionary<string, string>(mapping.Defaults, StringComparer.Ordinal);
        foreach (var (column, field) in mapping.Fields)
        {
            if (Value(column, row.GetValueOrDefault(column)) is { } value)
            {
                values[field] = value;
            }
            else if (field.StartsWith(CustomPrefix, StringComparison.Ordinal))
            {
                // Kept as missing, so that a rule can tell "Select" from a field the lead never had.
                (lead.CustomFields ??= []).Add(new CustomField { Key = field[CustomPrefix.Length..] });
            }
        }

        // The raw cell, not the Values map: a column mapped onto a Lead property keeps its own levels here. Intake converts it to the type.
        foreach (var (name, column, missing) in _customFields)
        {
            var raw = row.GetValueOrDefault(column)?.Trim();
            (lead.CustomFields ??= []).Add(new CustomField { Key = name, Value = raw is null || missing.Contains(raw) ? null : raw });
        }

        foreach (var (field, value) in values)
        {
            if (!Set(lead, field, value))
            {
                errors.Add($"{field}: \"{value}\" is not a valid {field} value.");
            }
        }

        return (lead, errors);
    }

    private string? Value(string column, string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value) || _nulls.Contains(value))
        {
            return null;
        }

        if (!mapping.Values.TryGetValue(column, out var map))
        {
            return value;
        }

        // "*" maps every value the map does not name (the long tail of a free-text column).
        return map.TryGetValue(value, out var mapped) ? mapped : map.TryGetValue("*", out var fallback) ? fallback : value;
    }

    private static bool Set(LeadSubmission lead, string field, string value)
    {
        switch (field)
        {
            case "source":
                var name = value.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
                if (!Enum.TryParse<LeadSource>(name, ignoreCase: true, out var source) || !Enum.IsDefined(source))
                {
                    return false;
                }

                lead.Source = source;
                return true;
            case "employees":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var employees) || employees is < int.MinValue or > int.MaxValue)
                {
                    return false;
                }

                lead.Employees = (int)employees;
                return true;
            case "annualRevenue":
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var revenue))
                {
                    return false;
                }

                lead.AnnualRevenue = revenue;
                return true;
            case "consentEmail" or "consentPhone" or "consentTracking" or "converted":
                if (Boolean(value) is not { } flag)
                {
                    return false;
                }

                _ = field switch
                {
                    "consentEmail" => lead.ConsentEmail = flag,
                    "consentPhone" => lead.ConsentPhone = flag,
                    "consentTracking" => lead.ConsentTracking = flag,
                    _ => lead.Converted = flag,
                };
                return true;
            case "buyingMotives":
                lead.BuyingMotives = [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                return true;
            default:
                if (field.StartsWith(CustomPrefix, StringComparison.Ordinal))
                {
                    (lead.CustomFields ??= []).Add(new CustomField { Key = field[CustomPrefix.Length..], Value = value });
                    return true;
                }

                typeof(LeadSubmission).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])!.SetValue(lead, value);
                return true;
        }
    }

    private static bool? Boolean(string value) => value.ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "y" => true,
        "0" or "false" or "no" or "n" => false,
        _ => null,
    };
}
