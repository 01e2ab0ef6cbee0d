using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesGraph.Data.Providers;

/// <summary>Sets the per-connection pragmas of every SQLite connection: wait for a lock held by another process instead of
/// failing with SQLITE_BUSY, and <c>synchronous = NORMAL</c>, the setting SQLite recommends with WAL: a commit no longer waits
/// for an fsync; the database cannot be corrupted, but a power cut (not a crash of the process) may lose the last commits.</summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

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
