using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SalesGraph.Data.Sql;

namespace SalesGraph.Data.Providers;

/// <summary>Sets the per-connection pragmas of every SQLite connection: wait for a lock held by another process instead of
/// failing with SQLITE_BUSY, and <c>synchronous = NORMAL</c>, the setting SQLite recommends with WAL: a commit no longer waits
/// for an fsync; the database cannot be corrupted, but a power cut (not a crash of the process) may lose the last commits.</summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = SqliteDialect.BusyTimeoutMilliseconds;

    private static readonly string Pragmas = SqlDialect.Sqlite.OnConnectionOpened!.Text;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
