using System.Data.Common;
using System.Globalization;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// A segment's identity as both statements of a funnel or lead-conversion command return it: the values of its key columns
/// without the names, read typed (no boxing), so the per-fact rows of the durations find their segment cheaply. At most three
/// groupings make at most four integer and three text columns.
/// </summary>
internal readonly record struct SegmentId(long A, long B, long C, long D, string? S, string? T, string? U)
{
    private const long Null = long.MinValue;

    /// <summary>Reads segment ids, the key columns at <paramref name="positions"/> (integers or texts as <paramref name="isText"/>
    /// says), from the rows of one result; learns per integer column, from its first value, whether the
    /// provider returns it as a <see cref="long"/> (SQLite does; SQL Server gives an <see cref="int"/> column as one).</summary>
    public sealed class Reader(int[] positions, bool[] isText)
    {
        private readonly bool?[] _isLong = new bool?[positions.Length];

        public SegmentId Read(DbDataReader reader)
        {
            Span<long> numbers = [Null, Null, Null, Null];
            Span<string?> texts = [null, null, null];
            int n = 0, t = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                var p = positions[i];
                if (isText[i])
                {
                    texts[t++] = reader.IsDBNull(p) ? null : reader.GetString(p);
                }
                else if (reader.IsDBNull(p))
                {
                    numbers[n++] = Null;
                }
                else
                {
                    var isLong = _isLong[i] ??= reader.GetFieldType(p) == typeof(long);
                    numbers[n++] = isLong ? reader.GetInt64(p) : Convert.ToInt64(reader.GetValue(p), CultureInfo.InvariantCulture);
                }
            }

            return new SegmentId(numbers[0], numbers[1], numbers[2], numbers[3], texts[0], texts[1], texts[2]);
        }
    }
}
