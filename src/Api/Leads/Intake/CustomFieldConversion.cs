using System.Globalization;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Turns a submitted custom field into the typed value stored in <c>Lead.CustomFields</c> (a JSON number, true/false, an ISO
/// date text, text, or null for missing), by the field's catalogue type; a field the catalogue does not know takes the type it was sent with.</summary>
public static class CustomFieldConversion
{
    /// <summary>The stored value (null: missing) and the field's type, or why the value does not fit the type.</summary>
    public static (object? Value, CustomFieldType Type, string? Error) Convert(CustomField field, string? text, CustomFieldType? known)
    {
        var given = (text is null ? 0 : 1) + (field.Number is null ? 0 : 1) + (field.Flag is null ? 0 : 1) + (field.Date is null ? 0 : 1);
        if (given > 1)
            return (null, known ?? CustomFieldType.Text, "has more than one value; give one of value, number, flag or date.");
        var sent = field.Number is not null ? CustomFieldType.Number : field.Flag is not null ? CustomFieldType.YesNo : field.Date is not null ? CustomFieldType.Date : (CustomFieldType?)null;
        var type = known ?? sent ?? CustomFieldType.Text;
        if (given == 0)
            return (null, type, null);
        if (sent is { } typed)
        {
            if (typed != type)
                return (null, type, $"is a {Describe(type)} field; send it as {InputFor(type)}.");
            return typed switch
            {
                CustomFieldType.Number when !double.IsFinite(field.Number!.Value) => (null, type, "must be a finite number."),
                CustomFieldType.Number => (field.Number!.Value, type, null),
                CustomFieldType.YesNo => (field.Flag!.Value, type, null),
                _ => (FormatDate(field.Date!.Value), type, null),
            };
        }

        return FromText(text!, type);
    }

    /// <summary>Text (from <c>value</c> or a CSV cell) read as a value of <paramref name="type"/>.</summary>
    public static (object? Value, CustomFieldType Type, string? Error) FromText(string text, CustomFieldType type) => type switch
    {
        CustomFieldType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? (number, type, null)
            : (null, type, $"\"{text}\" is not a number."),
        CustomFieldType.YesNo => YesNo(text) is { } flag ? (flag, type, null) : (null, type, $"\"{text}\" is not yes or no."),
        CustomFieldType.Date => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? (FormatDate(date), type, null)
            : (null, type, $"\"{text}\" is not a date (use 2025-01-31 or 2025-01-31T10:00:00Z)."),
        _ => (text, type, null),
    };

    public static bool? YesNo(string value) => value.ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "y" => true,
        "0" or "false" or "no" or "n" => false,
        _ => null,
    };

    /// <summary>UTC, ISO 8601 without an offset (both providers' JSON functions read it); a date alone when there is no time.</summary>
    public static string FormatDate(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return utc.TimeOfDay == TimeSpan.Zero
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
    }

    public static string Describe(CustomFieldType type) => type switch
    {
        CustomFieldType.Number => "number",
        CustomFieldType.YesNo => "yes/no",
        CustomFieldType.Date => "date",
        _ => "text",
    };

    private static string InputFor(CustomFieldType type) => type switch
    {
        CustomFieldType.Number => "number (or value as text)",
        CustomFieldType.YesNo => "flag (or value yes/no)",
        CustomFieldType.Date => "date (or value as an ISO date)",
        _ => "value",
    };
}
