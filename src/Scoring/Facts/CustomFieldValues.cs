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

    /// <summary>Null, empty or unreadable JSON gives <see cref="Empty"/>: a broken column must not stop scoring.
    /// <para>Leads of one source store the same keys in the same order, so each thread keeps the layout it last saw (<see cref="Layout"/>):
    /// a key is then matched against the expected name's UTF-8 bytes, and a text value against the few values that field last had, with
    /// no string allocated and no sort; the result is the same as <see cref="ParseFresh"/> (tested on mixed layouts).</para></summary>
    public static CustomFieldValues Parse(string? json) => Parse(json, useLayout: true);

    /// <summary>The same without the per-thread layout: every name and text read and sorted afresh (the reference for <see cref="Parse(string?)"/>).</summary>
    public static CustomFieldValues ParseFresh(string? json) => Parse(json, useLayout: false);

    private static CustomFieldValues Parse(string? json, bool useLayout)
    {
        if (string.IsNullOrEmpty(json) || json.Length <= 2)
            return Empty;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            var utf8 = buffer.AsSpan(0, length);
            if (useLayout)
            {
                var layout = t_layout ??= new Layout();
                if (layout.TryRead(utf8) is { } known)
                    return known;
                var order = new List<string>();
                var read = Read(utf8, order);
                layout.Learn(order);
                return read;
            }
            return Read(utf8, null);
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

    [ThreadStatic]
    private static Layout? t_layout;

    private static CustomFieldValue ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return CustomFieldValue.OfNumber(reader.GetDouble());
            case JsonTokenType.True or JsonTokenType.False:
                return CustomFieldValue.OfFlag(reader.TokenType == JsonTokenType.True);
            case JsonTokenType.String:
                return CustomFieldValue.OfText(reader.GetString()!);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return CustomFieldValue.Missing;
            default:
                return CustomFieldValue.Missing;
        }
    }

    /// <param name="order">Receives the names in the order the JSON lists them.</param>
    private static CustomFieldValues Read(ReadOnlySpan<byte> utf8, List<string>? order)
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
            names.Add(name);
            values.Add(ReadValue(ref reader));
        }
        order?.AddRange(names);
        var nameArray = names.ToArray();
        var valueArray = values.ToArray();
        Array.Sort(nameArray, valueArray, StringComparer.Ordinal);
        return new CustomFieldValues(nameArray, valueArray);
    }

    /// <summary>The keys a thread's leads had, sorted, with their UTF-8 bytes and the order the JSON last listed them in; per key the
    /// last few text values it held. Grows to the union of the layouts seen (up to <see cref="MaxNames"/>, then starts over).</summary>
    private sealed class Layout
    {
        private const int MaxNames = 256;
        private const int TextsPerName = 4;

        private string[] _names = [];
        private byte[][] _utf8 = [];
        private int[] _order = [];
        private (byte[] Utf8, CustomFieldValue Value)?[] _texts = [];
        private int[] _nextText = [];
        private int[] _seen = [];
        private CustomFieldValue[] _values = [];
        private int _stamp;

        /// <summary>The parsed fields when every key is a known one and none repeats; null when the layout cannot tell (the caller reads
        /// afresh and <see cref="Learn"/>s). Reads ahead only; throws <see cref="JsonException"/> on broken JSON like the fresh read.</summary>
        public CustomFieldValues? TryRead(ReadOnlySpan<byte> utf8)
        {
            if (_names.Length == 0)
                return null;
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_seen);
                _stamp = 1;
            }
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Empty;
            var cursor = 0;
            var count = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var rank = -1;
                for (var step = 0; step < _order.Length; step++)
                {
                    var at = cursor + step < _order.Length ? cursor + step : cursor + step - _order.Length;
                    if (reader.ValueTextEquals(_utf8[_order[at]]))
                    {
                        rank = _order[at];
                        cursor = at + 1;
                        break;
                    }
                }
                if (rank < 0 || _seen[rank] == _stamp)
                    return null;
                _seen[rank] = _stamp;
                count++;
                reader.Read();
                _values[rank] = reader.TokenType == JsonTokenType.String ? Text(ref reader, rank) : ReadValue(ref reader);
            }
            if (reader.TokenType != JsonTokenType.EndObject)
            {
                // What the fresh read does with a truncated or odd object: let it decide.
                return null;
            }
            if (count == _names.Length)
                return new CustomFieldValues(_names, [.. _values]);
            var names = new string[count];
            var values = new CustomFieldValue[count];
            var i = 0;
            for (var rank = 0; rank < _names.Length; rank++)
            {
                if (_seen[rank] != _stamp)
                    continue;
                names[i] = _names[rank];
                values[i++] = _values[rank];
            }
            return new CustomFieldValues(names, values);
        }

        /// <summary>A text value: one of the field's last few (the same value, date and number parsing included), or read and remembered.</summary>
        private CustomFieldValue Text(ref Utf8JsonReader reader, int rank)
        {
            var first = rank * TextsPerName;
            for (var t = first; t < first + TextsPerName; t++)
            {
                if (_texts[t] is { } cached && reader.ValueTextEquals(cached.Utf8))
                    return cached.Value;
            }
            var value = CustomFieldValue.OfText(reader.GetString()!);
            if (value.Text!.Length <= 64)
            {
                _texts[first + _nextText[rank]] = (Encoding.UTF8.GetBytes(value.Text), value);
                _nextText[rank] = (_nextText[rank] + 1) % TextsPerName;
            }
            return value;
        }

        /// <summary>Adds the keys of a freshly read lead, <paramref name="order"/> as its JSON listed them (they come first, then the
        /// known keys it lacked).</summary>
        public void Learn(List<string> order)
        {
            var names = new HashSet<string>(_names.Length + order.Count, StringComparer.Ordinal);
            names.UnionWith(_names);
            names.UnionWith(order);
            if (names.Count > MaxNames)
            {
                names = new HashSet<string>(order, StringComparer.Ordinal);
                _names = [];
                _order = [];
            }
            var sorted = names.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            var jsonOrder = order.Concat(_order.Select(r => _names[r])).Distinct(StringComparer.Ordinal).ToList();
            _names = sorted;
            _utf8 = [.. sorted.Select(Encoding.UTF8.GetBytes)];
            _order = [.. jsonOrder.Select(n => Array.BinarySearch(sorted, n, StringComparer.Ordinal))];
            _texts = new (byte[], CustomFieldValue)?[sorted.Length * TextsPerName];
            _nextText = new int[sorted.Length];
            _seen = new int[sorted.Length];
            _values = new CustomFieldValue[sorted.Length];
            _stamp = 0;
        }
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
public readonly struct CustomFieldValue : IEquatable<CustomFieldValue>
{
    public static readonly CustomFieldValue Missing = default;

    // 24 bytes instead of the 56 of five nullable fields (a lead holds one per field, a backtest 100,000 leads): the text, one 8-byte
    // payload for whichever of number, yes/no or date is there (at most one is), the type and which payload.
    private readonly string? _text;
    private readonly long _payload;
    private readonly byte _type;
    private readonly Payload _kind;

    private enum Payload : byte
    {
        None,
        Number,
        Flag,
        Date,
    }

    /// <param name="number">At most one of <paramref name="number"/>, <paramref name="flag"/> and <paramref name="date"/>.</param>
    public CustomFieldValue(CustomFieldType? type, string? text, double? number, bool? flag, DateTime? date)
    {
        if ((number is null ? 0 : 1) + (flag is null ? 0 : 1) + (date is null ? 0 : 1) > 1)
            throw new ArgumentException("a custom field value holds at most one of number, yes/no and date");
        _type = type is { } t ? (byte)((int)t + 1) : (byte)0;
        _text = text;
        (_kind, _payload) = number is { } n ? (Payload.Number, BitConverter.DoubleToInt64Bits(n))
            : flag is { } f ? (Payload.Flag, f ? 1L : 0L)
            : date is { } d ? (Payload.Date, d.ToBinary())
            : (Payload.None, 0L);
    }

    /// <summary>Null when the value is missing.</summary>
    public CustomFieldType? Type => _type == 0 ? null : (CustomFieldType)(_type - 1);

    public string? Text => _text;

    public double? Number => _kind == Payload.Number ? BitConverter.Int64BitsToDouble(_payload) : null;

    public bool? Flag => _kind == Payload.Flag ? _payload != 0 : null;

    public DateTime? Date => _kind == Payload.Date ? DateTime.FromBinary(_payload) : null;

    public bool IsMissing => _type == 0;

    public static CustomFieldValue OfNumber(double value) => new(CustomFieldType.Number, null, value, null, null);

    public static CustomFieldValue OfFlag(bool value) => new(CustomFieldType.YesNo, null, null, value, null);

    /// <summary>Equal when every part is (as a record of the five would compare them).</summary>
    public bool Equals(CustomFieldValue other) =>
        Type == other.Type && string.Equals(Text, other.Text, StringComparison.Ordinal) && Nullable.Equals(Number, other.Number) && Flag == other.Flag && Date == other.Date;

    public override bool Equals(object? obj) => obj is CustomFieldValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Type, Text, Number, Flag, Date);

    public static bool operator ==(CustomFieldValue left, CustomFieldValue right) => left.Equals(right);

    public static bool operator !=(CustomFieldValue left, CustomFieldValue right) => !left.Equals(right);

    public override string ToString() => $"CustomFieldValue {{ Type = {Type}, Text = {Text}, Number = {Number}, Flag = {Flag}, Date = {Date} }}";

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
