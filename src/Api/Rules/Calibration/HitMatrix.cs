namespace SalesGraph.Api.Rules.Calibration;

/// <summary>0/1 indicators of which rules (columns) hit which leads (rows), stored sparse: the columns of row i are
/// <c>Columns[Offsets[i] .. Offsets[i + 1]]</c>.</summary>
public sealed class HitMatrix(int[] offsets, int[] columns, int columnCount)
{
    public int[] Offsets { get; } = offsets;

    public int[] Columns { get; } = columns;

    public int RowCount => Offsets.Length - 1;

    public int ColumnCount { get; } = columnCount;

    public ReadOnlySpan<int> Row(int row) => Columns.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);

    public sealed class Builder(int columnCount)
    {
        private readonly List<int> _offsets = [0];
        private readonly List<int> _columns = [];

        public void AddRow(IEnumerable<int> columns)
        {
            _columns.AddRange(columns.Distinct().Order());
            _offsets.Add(_columns.Count);
        }

        public HitMatrix Build() => new([.. _offsets], [.. _columns], columnCount);
    }
}
