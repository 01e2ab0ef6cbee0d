using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;

namespace SalesGraph.Api.Funnel;

/// <summary>The few expressions the hand-written aggregate SQL needs that SQLite and SQL Server spell differently.</summary>
public abstract class SqlDialect
{
    public static SqlDialect For(SalesDbContext db) => db.Database.IsSqlite() ? new SqliteDialect() : new SqlServerDialect();

    /// <summary>Fractional days from <paramref name="from"/> to <paramref name="to"/>; null when either is null.</summary>
    public abstract string DaysBetween(string from, string to);

    /// <summary>Fractional hours from <paramref name="from"/> to <paramref name="to"/>; null when either is null.</summary>
    public abstract string HoursBetween(string from, string to);

    /// <summary>The text at the JSON path in <paramref name="pathParameter"/>; null for a missing key or text that is not JSON.</summary>
    public abstract string JsonText(string column, string pathParameter);

    /// <summary>year × 100 + month of a date column, as an integer.</summary>
    public abstract string YearMonth(string column);

    private sealed class SqliteDialect : SqlDialect
    {
        public override string YearMonth(string column) => $"CAST(strftime('%Y%m', {column}) AS INTEGER)";

        public override string DaysBetween(string from, string to) => $"(julianday({to}) - julianday({from}))";

        public override string HoursBetween(string from, string to) => $"((julianday({to}) - julianday({from})) * 24.0)";

        public override string JsonText(string column, string pathParameter) =>
            $"CASE WHEN json_valid({column}) THEN CAST(json_extract({column}, {pathParameter}) AS TEXT) END";
    }

    private sealed class SqlServerDialect : SqlDialect
    {
        public override string YearMonth(string column) => $"(DATEPART(year, {column}) * 100 + DATEPART(month, {column}))";

        public override string DaysBetween(string from, string to) => $"(DATEDIFF_BIG(second, {from}, {to}) / 86400.0)";

        public override string HoursBetween(string from, string to) => $"(DATEDIFF_BIG(second, {from}, {to}) / 3600.0)";

        public override string JsonText(string column, string pathParameter) =>
            $"CASE WHEN ISJSON({column}) = 1 THEN JSON_VALUE({column}, {pathParameter}) END";
    }
}
