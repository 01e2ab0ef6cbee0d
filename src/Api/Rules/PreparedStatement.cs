using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SalesGraph.Data;
using SalesGraph.Data.Sql;
using SQLitePCL;

namespace SalesGraph.Api.Rules;

/// <summary>One statement of the provider's <see cref="SqlDialect"/>, run many times on the context's connection inside its current
/// transaction: the bulk write path, without change tracking. It takes only a <see cref="SqlStatement"/>, which only a dialect
/// makes, so no raw SQL is written here or at a call site.</summary>
public sealed class PreparedStatement : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly SqlDialect _dialect;
    private bool _prepared;

    public PreparedStatement(SalesDbContext db, Func<SqlDialect, SqlStatement> statement)
    {
        _dialect = SqlDialect.For(db.Database);
        var sql = statement(_dialect);
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.CommandText = sql.Text;
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside the batch's transaction.");
        _prepared = !_dialect.PreparesCommands;
        foreach (var name in sql.Parameters)
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
    /// both go through a result set. On SQL Server the statement outputs the id itself (<see cref="SqlDialect.InsertReturnsId"/>).</summary>
    public async Task<int> InsertAsync(CancellationToken ct, params object?[] values)
    {
        await BindAsync(values, ct);
        if (!_dialect.InsertReturnsId && _command.Connection is SqliteConnection sqlite)
        {
            await _command.ExecuteNonQueryAsync(ct);
            return checked((int)raw.sqlite3_last_insert_rowid(sqlite.Handle));
        }
        return Convert.ToInt32(await _command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query of one value with these values; null when it finds no row or the value is NULL.</summary>
    public async Task<object?> ScalarAsync(CancellationToken ct, params object?[] values)
    {
        await BindAsync(values, ct);
        var value = await _command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

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
                case decimal amount when _dialect.DecimalsAsReal:
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
