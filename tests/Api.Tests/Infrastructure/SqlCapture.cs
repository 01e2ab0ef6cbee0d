using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesGraph.Api.Tests.Infrastructure;

/// <summary>Records every SQL statement the app sends, to assert on projection and statement counts. Left out: API-key lookups of the
/// authentication, the rule-version poller's background check for newer published versions and the outbox poller's reads of new
/// events (both run on a timer, so they land in whichever test is running).</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        var text = command.CommandText;
        var isPoll = text.Contains("FROM \"RuleSetVersions\"", StringComparison.Ordinal) && text.Contains("MAX(", StringComparison.Ordinal);
        isPoll |= text.Contains("FROM \"OutboxEvents\"", StringComparison.Ordinal);
        if (!text.Contains("\"ApiKeys\"", StringComparison.Ordinal) && !isPoll)
        {
            _commands.Enqueue(text);
        }
    }
}
