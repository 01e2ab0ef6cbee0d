using System.Text;

namespace SalesGraph.Data.Sql;

/// <summary>A grouping key: the column a statement returns (<paramref name="Name"/>), its expression over the facts <c>l</c> and the
/// joined tables, and the joins it needs (<see cref="AggregateSql"/> joins each once, in the order first named).</summary>
public sealed record AggregateKey(string Name, string Expression, params string[] Joins);

/// <summary>
/// The one builder of the analytics statements (funnel, lead conversion, pipeline): hand-written SQL around the query EF Core
/// translated from the request's filter (<c>f</c>). <see cref="RollUp"/> groups twice: first by the facts' own columns, in the
/// order of a covering index, so SQLite streams it without sorting; then the few rows of that by the keys asked for, joining
/// what names them. <see cref="Rows"/> reads per fact the same keys with some columns (the values medians are taken from).
/// </summary>
public static class AggregateSql
{
    /// <summary><c>WITH f AS (facts), steps... select</c>: the shape every analytics statement has.</summary>
    public static string Compose(string facts, IEnumerable<(string Name, string Sql)> steps, string select)
    {
        var sql = new StringBuilder("WITH f AS (\n").Append(facts).Append("\n)");
        foreach (var (name, body) in steps)
        {
            sql.Append(",\n").Append(name).Append(" AS (\n").Append(body).Append("\n)");
        }

        return sql.Append('\n').Append(select).ToString();
    }

    /// <summary>
    /// <c>g</c>: the facts grouped by <paramref name="groupColumns"/> (columns of <c>f</c> as <c>l</c>, or <c>expression AS [Name]</c>)
    /// with <paramref name="measures"/>; then over <c>g</c> (as <c>l</c>) the <paramref name="keys"/> (output in the order given, NULL
    /// where an entry is null), the <paramref name="carried"/> columns of <c>g</c> and the <paramref name="rolled"/> aggregates, grouped
    /// by the keys asked for and the carried columns, ordered by <paramref name="orderBy"/>. <paramref name="factJoin"/> joins a
    /// table to the facts in the first GROUP BY (looked up per fact, which keeps the facts' order).
    /// </summary>
    public static string RollUp(
        string facts, IReadOnlyList<string> groupColumns, IReadOnlyList<string> measures, IReadOnlyList<AggregateKey?> keys,
        IReadOnlyList<string> carried, IReadOnlyList<string> rolled, IReadOnlyList<string> orderBy, string? factJoin = null)
    {
        var inner = $"""
            SELECT {string.Join(", ", groupColumns.Concat(measures))}
            FROM f AS l{(factJoin is null ? "" : "\n" + factJoin)}
            GROUP BY {string.Join(", ", groupColumns.Select(Expression))}
            """;
        var asked = keys.OfType<AggregateKey>().ToList();
        var select = new StringBuilder($"SELECT {string.Join(", ", Output(keys).Concat(carried).Concat(rolled))}\nFROM g AS l").Append(Joins(asked));
        var groupBy = asked.Select(k => k.Expression).Concat(carried).ToList();
        if (groupBy.Count > 0)
        {
            select.Append("\nGROUP BY ").Append(string.Join(", ", groupBy));
        }

        if (orderBy.Count > 0)
        {
            select.Append("\nORDER BY ").Append(string.Join(", ", orderBy));
        }

        return Compose(facts, [("g", inner)], select.ToString());
    }

    /// <summary>Per fact: <paramref name="keys"/> (as in <see cref="RollUp"/>) and <paramref name="columns"/>, where <paramref name="where"/> holds;
    /// <paramref name="derived"/> are computed per fact first (<c>expression AS [Name]</c>), for keys that read them.</summary>
    public static string Rows(string facts, IReadOnlyList<string> derived, IReadOnlyList<AggregateKey?> keys, IReadOnlyList<string> columns, string where)
    {
        var inner = $"SELECT l.*{string.Concat(derived.Select(d => ", " + d))}\nFROM f AS l";
        return Compose(facts, [("g", inner)], $"SELECT {string.Join(", ", Output(keys).Concat(columns))}\nFROM g AS l{Joins(keys.OfType<AggregateKey>())}\nWHERE {where}");
    }

    private static IEnumerable<string> Output(IReadOnlyList<AggregateKey?> keys) =>
        keys.Select((k, i) => k is null ? $"NULL AS [Key{i}]" : $"{k.Expression} AS [{k.Name}]");

    private static string Joins(IEnumerable<AggregateKey> keys) =>
        string.Concat(keys.SelectMany(k => k.Joins).Distinct().Select(j => "\n" + j));

    /// <summary>The expression of a select column: <c>x AS [Name]</c> → <c>x</c>.</summary>
    private static string Expression(string column) =>
        column.LastIndexOf(" AS [", StringComparison.Ordinal) is var at and >= 0 ? column[..at] : column;
}
