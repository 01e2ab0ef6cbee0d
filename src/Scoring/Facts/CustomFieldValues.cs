using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SalesGraph.Scoring.Facts;

/// <summary>A lead's custom fields, parsed once from their stored JSON (<c>{"TotalVisits": 5, "Do Not Email": false, "City": null}</c>)
/// into sorted arrays, so that a rule's look-up is a binary search with no allocation. JSON numbers are numbers, true/false are
/// yes/no, ISO 8601 texts (<c>2025-01-31</c>, <c>2025-01-31T10:00:00Z</c>) are dates as well as text, null is missing.</summary>
public sealed class CustomFieldValues
{
    public static readonly CustomFieldValues Empty = new([], []);

    private readonly string[] _names;
    private readonly CustomFieldValue[] _values;

    private CustomFieldValues(string[] names, CustomFieldValue[] values)
    {
        _names = names;
        _values = values;
    }

    public int Count => _names.Length;

    public IEnumerable<(string Name, CustomFieldValue Value)> All => _names.Select((n, i) => (n, _values[i]));

    /// <summary>Null, empty or unreadable JSON gives <see cref="Empty"/>: a broken column must not stop scoring.</summary>
    public static CustomFieldValues Parse(string? json)
    {
        if (string.IsNullOrEmpty(json) || json.Length <= 2)
            return Empty;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, length));
        }
        catch (JsonException)
        {
            return Empty;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CustomFieldValues Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return Empty;
        var names = new List<string>();
        var values = new List<CustomFieldValue>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            CustomFieldValue value;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    value = CustomFieldValue.OfNumber(reader.GetDouble());
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    value = CustomFieldValue.OfFlag(reader.TokenType == JsonTokenType.True);
                    break;
                case JsonTokenType.String:
                    value = CustomFieldValue.OfText(reader.GetString()!);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    reader.Skip();
                    value = CustomFieldValue.Missing;
                    break;
                default:
                    value = CustomFieldValue.Missing;
                    break;
            }
            names.Add(name);
            values.Add(value);
        }
        var nameArray = names.ToArray();
        var valueArray = values.ToArray();
        Array.Sort(nameArray, valueArray, StringComparer.Ordinal);
        return new CustomFieldValues(nameArray, valueArray);
    }

    public CustomFieldValue this[string name]
    {
        get
        {
            var i = Array.BinarySearch(_names, name, StringComparer.Ordinal);
            return i >= 0 ? _values[i] : CustomFieldValue.Missing;
        }
    }

    public string? Text(string name) => this[name].Text;

    public double? Number(string name) => this[name].Number;

    public bool Flag(string name) => this[name].Flag == true;

    public DateTime? Date(string name) => this[name].Date;

    public bool IsMissing(string name) => this[name].IsMissing;
}

/// <summary>One custom field's value; <see cref="Type"/> is null when it is missing. A text that reads as a number (older imports stored
/// every value as text) also has its <see cref="Number"/>, a text in ISO 8601 its <see cref="Date"/>.</summary>
public readonly record struct CustomFieldValue(CustomFieldType? Type, string? Text, double? Number, bool? Flag, DateTime? Date)
{
    public static readonly CustomFieldValue Missing = default;

    public bool IsMissing => Type is null;

    public static CustomFieldValue OfNumber(double value) => new(CustomFieldType.Number, null, value, null, null);

    public static CustomFieldValue OfFlag(bool value) => new(CustomFieldType.YesNo, null, null, value, null);

    public static CustomFieldValue OfText(string value)
    {
        if (LooksLikeDate(value) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            return new(CustomFieldType.Date, value, null, null, DateTime.SpecifyKind(date, DateTimeKind.Utc));
        var number = value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '-' or '.')
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null;
        return new(CustomFieldType.Text, value, number, null, null);
    }

    /// <summary>yyyy-MM-dd at the start, before anything is parsed (most texts are not dates).</summary>
    private static bool LooksLikeDate(string value) =>
        value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3])
        && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[8]) && (value.Length == 10 || value[10] is 'T' or ' ');
}
