using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SalesGraph.Data;
using SQLitePCL;

namespace SalesGraph.Api.Rules;

/// <summary>One SQL statement with named parameters (<c>@name</c>, understood by SQLite and SQL Server), run many times on the
/// context's connection inside its current transaction: the bulk write path, without change tracking.</summary>
public sealed class PreparedStatement : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly bool _sqlite;
    private bool _prepared;

    public PreparedStatement(SalesDbContext db, string sql, params string[] parameters)
    {
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside the batch's transaction.");
        // SqlClient's Prepare wants a size for every string parameter; it reuses the plan of sp_executesql anyway.
        _sqlite = db.Database.IsSqlite();
        _prepared = !_sqlite;
        foreach (var name in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@" + name;
            _command.Parameters.Add(parameter);
        }
    }

    /// <summary>Runs the statement with these values, in the order the parameters were named; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(CancellationToken ct, params object?[] values)
    {
        await BindAsync(values, ct);
        return await _command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs an INSERT with these values and returns the new row's id. On SQLite the statement is a plain INSERT and the id
    /// is the connection's <c>last_insert_rowid()</c>: measured cheaper than <c>RETURNING Id</c> or a second <c>SELECT</c>, which
    /// both go through a result set. On SQL Server the statement outputs the id itself (<c>OUTPUT INSERTED.Id</c>).</summary>
    public async Task<int> InsertAsync(CancellationToken ct, params object?[] values)
    {
        await BindAsync(values, ct);
        if (_command.Connection is SqliteConnection sqlite)
        {
            await _command.ExecuteNonQueryAsync(ct);
            return checked((int)raw.sqlite3_last_insert_rowid(sqlite.Handle));
        }
        return Convert.ToInt32(await _command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>The clauses that make an INSERT return its new id for <see cref="InsertAsync"/>: none on SQLite,
    /// <c>OUTPUT INSERTED.Id</c> (after the column list) on SQL Server.</summary>
    public static string OutputId(SalesDbContext db) => db.Database.IsSqlite() ? "" : " OUTPUT INSERTED.Id";

    private async Task BindAsync(object?[] values, CancellationToken ct)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = _command.Parameters[i];
            switch (values[i])
            {
                case DateTime:
                    parameter.DbType = DbType.DateTime2; // SqlClient would pick datetime and round to 3 ms; SQLite writes the same text as EF
                    break;
                case decimal amount when _sqlite:
                    values[i] = (double)amount; // as the model stores decimals on SQLite
                    break;
            }
            parameter.Value = values[i] ?? DBNull.Value;
        }
        if (!_prepared)
        {
            await _command.PrepareAsync(ct);
            _prepared = true;
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
