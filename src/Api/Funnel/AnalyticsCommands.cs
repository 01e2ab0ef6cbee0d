using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// Runs an analytics query's two statements (<see cref="Data.Sql.AnalyticsStatements"/>): with a second context, the durations
/// on its connection at the same time as the counts on the first (SQLite in WAL mode and SQL Server both let readers run side by
/// side, and each statement already had its own snapshot); without one, one after the other on the first connection.
/// </summary>
internal static class AnalyticsCommands
{
    public static async Task<(TCounts Counts, TDurations Durations)> RunAsync<TCounts, TDurations>(
        SalesDbContext db, SalesDbContext? second, DbCommand counts, DbCommand durations,
        Func<DbDataReader, CancellationToken, Task<TCounts>> readCounts, Func<DbDataReader, CancellationToken, Task<TDurations>> readDurations,
        CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (second is null)
            {
                var alone = await ReadAsync(counts, readCounts, cancellationToken);
                return (alone, await ReadAsync(durations, readDurations, cancellationToken));
            }

            await second.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                durations.Connection = second.Database.GetDbConnection();
                // On a pool thread: the SQLite provider's async calls complete synchronously, so awaiting both here would run them in turn.
                var durationsTask = Task.Run(() => ReadAsync(durations, readDurations, cancellationToken), CancellationToken.None);
                var countsTask = ReadAsync(counts, readCounts, cancellationToken);
                // Both finish (or fail) before either connection closes.
                await Task.WhenAll(countsTask, durationsTask);
                return (await countsTask, await durationsTask);
            }
            finally
            {
                await second.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<T> ReadAsync<T>(DbCommand command, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await read(reader, cancellationToken);
    }
}
