using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace SalesGraph.Data.Leads;

/// <summary>Reads one custom field out of <see cref="Lead.CustomFields"/> in SQL, for filters: SQLite's JSON1 functions and SQL Server's
/// JSON_VALUE. Each typed reader answers NULL for a value of another type (a text is no number), so a comparison on it is false, as in rules.
/// The path is a parameter made by <see cref="Path"/>; these methods only exist inside LINQ that EF Core translates.</summary>
public static class CustomFieldSql
{
    /// <summary><c>$."TotalVisits"</c>: the JSON path of a key, quoted so that spaces and dots in names are literal.</summary>
    public static string Path(string name) => "$.\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The raw value, null when absent or JSON null: the test for missing.</summary>
    public static string? Raw(string? json, string path) => throw new InvalidOperationException("Only in queries.");

    public static string? Text(string? json, string path) => throw new InvalidOperationException("Only in queries.");

    public static double? Number(string? json, string path) => throw new InvalidOperationException("Only in queries.");

    public static bool? Flag(string? json, string path) => throw new InvalidOperationException("Only in queries.");

    public static DateTime? Date(string? json, string path) => throw new InvalidOperationException("Only in queries.");

    internal static void Register(ModelBuilder modelBuilder, bool sqlite)
    {
        var text = sqlite ? new StringTypeMapping("TEXT", DbType.String) : new StringTypeMapping("nvarchar(4000)", DbType.String, unicode: true, size: 4000);
        Map(modelBuilder, nameof(Raw), a => Call(sqlite ? "json_extract" : "JSON_VALUE", typeof(string), null, a[0], a[1]));
        Map(modelBuilder, nameof(Text), a => sqlite ? OfJsonType(a, "text", typeof(string), text) : Call("JSON_VALUE", typeof(string), null, a[0], a[1]));
        Map(modelBuilder, nameof(Number), a => sqlite ? OfJsonType(a, "integer real", typeof(double), new DoubleTypeMapping("REAL")) : Convert("float", typeof(double), a, text));
        Map(modelBuilder, nameof(Flag), a => sqlite ? OfJsonType(a, "true false", typeof(bool), new BoolTypeMapping("INTEGER")) : Convert("bit", typeof(bool), a, text));
        // SQLite: datetime() gives 'yyyy-MM-dd HH:mm:ss', the text EF Core compares DateTime parameters with.
        Map(modelBuilder, nameof(Date), a => sqlite
            ? Call("datetime", typeof(DateTime), null, OfJsonType(a, "text", typeof(string), text, text))
            : Convert("datetime2", typeof(DateTime), a, text));
    }

    private static void Map(ModelBuilder modelBuilder, string name, Func<IReadOnlyList<SqlExpression>, SqlExpression> translate) =>
        modelBuilder.HasDbFunction(typeof(CustomFieldSql).GetMethod(name)!).HasTranslation(translate);

    /// <summary>SQLite: <c>iif(instr('integer real', json_type(c, p)), json_extract(c, p), NULL)</c>, the value only when its JSON type is listed
    /// (no listed type is part of another JSON type name, and instr of NULL is NULL, which is false).</summary>
    private static SqlExpression OfJsonType(IReadOnlyList<SqlExpression> a, string types, Type type, RelationalTypeMapping valueMapping, RelationalTypeMapping? resultMapping = null) =>
        Call("iif", type, resultMapping,
            Call("instr", typeof(int), new IntTypeMapping("INTEGER"), new SqlFragmentExpression($"'{types}'"), Call("json_type", typeof(string), new StringTypeMapping("TEXT", DbType.String), a[0], a[1])),
            Call("json_extract", type, valueMapping, a[0], a[1]), new SqlFragmentExpression("NULL"));

    /// <summary>SQL Server: <c>TRY_CONVERT(float, JSON_VALUE(c, p))</c>, NULL for a value that does not convert.</summary>
    private static SqlExpression Convert(string storeType, Type type, IReadOnlyList<SqlExpression> a, RelationalTypeMapping text) =>
        Call("TRY_CONVERT", type, null, new SqlFragmentExpression(storeType), Call("JSON_VALUE", typeof(string), text, a[0], a[1]));

    private static SqlFunctionExpression Call(string name, Type type, RelationalTypeMapping? mapping, params SqlExpression[] arguments) =>
        new(name, arguments, nullable: true, argumentsPropagateNullability: [.. arguments.Select(_ => false)], type, mapping);
}
