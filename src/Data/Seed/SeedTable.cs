using System.Globalization;

namespace SalesGraph.Data.Seed;

/// <summary>A tab-separated seed file embedded in this assembly: '#' lines say where it came from, then a header row.</summary>
internal sealed class SeedTable
{
    private readonly Dictionary<string, int> _columns;

    private SeedTable(Dictionary<string, int> columns, List<string[]> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static SeedTable Load(string fileName)
    {
        using var stream = typeof(SeedTable).Assembly.GetManifestResourceStream($"SalesGraph.Data.Seed.{fileName}")
            ?? throw new InvalidOperationException($"Seed file {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        Dictionary<string, int>? columns = null;
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (columns is null)
            {
                columns = fields.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
            }
            else
            {
                rows.Add(fields);
            }
        }

        return new SeedTable(columns ?? [], rows);
    }

    public string Text(string[] row, string column) => row[_columns[column]];

    public string? Optional(string[] row, string column) => row[_columns[column]] is { Length: > 0 } value ? value : null;

    public decimal? Decimal(string[] row, string column) =>
        Optional(row, column) is { } value ? decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public int? Int(string[] row, string column) => Decimal(row, column) is { } value ? (int)value : null;

    public DateTime? Date(string[] row, string column) =>
        Optional(row, column) is { } value
            ? DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;
}
