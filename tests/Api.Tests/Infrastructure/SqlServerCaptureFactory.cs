using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Infrastructure;

/// <summary>SQL Server contexts that never reach a server: opening is suppressed, statements are recorded and answered with no rows.</summary>
public sealed class SqlServerCaptureFactory : IDbContextFactory<SalesDbContext>
{
    private readonly Interceptor _interceptor = new();

    /// <summary>Serves the host's own SQLite contexts (start-up migration) until <see cref="Active"/> is set.</summary>
    public IDbContextFactory<SalesDbContext>? Fallback { get; set; }

    public bool Active { get; set; }

    public IReadOnlyList<string> Commands => [.. _interceptor.Commands];

    public SalesDbContext CreateDbContext() => !Active && Fallback is not null ? Fallback.CreateDbContext() : new SalesDbContext(new DbContextOptionsBuilder<SalesDbContext>()
        .UseSqlServer("Server=none;Database=SalesGraph;Trusted_Connection=True")
        .AddInterceptors(_interceptor)
        .Options);

    private sealed class Interceptor : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        /// <summary>Every statement but the outbox poller's reads of new events: they run on a timer, so they land in whichever
        /// request is being captured.</summary>
        private void Record(string text)
        {
            if (text.StartsWith("SELECT", StringComparison.Ordinal) && text.Contains("FROM [OutboxEvents]", StringComparison.Ordinal))
            {
                return;
            }

            lock (Commands)
            {
                Commands.Add(text);
            }
        }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            new(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command.CommandText);

            var rows = new DataTable();
            if (command.CommandText.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal))
            {
                rows.Columns.Add("count", typeof(int));
                rows.Rows.Add(0);
            }
            else
            {
                // No rows, but enough columns for EF's buffering reader to accept any projection.
                for (var i = 0; i < 64; i++)
                {
                    rows.Columns.Add($"c{i}", typeof(object));
                }
            }

            return new(InterceptionResult<DbDataReader>.SuppressWithResult(rows.CreateDataReader()));
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command.CommandText);

            return new(InterceptionResult<object>.SuppressWithResult(0));
        }
    }
}
