using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>Wakes this instance's <see cref="OutboxPoller"/> after every commit, so local subscribers hear of a change within
/// milliseconds instead of a poll interval; other instances still poll.</summary>
public sealed class OutboxCommitWake(Lazy<OutboxPoller> poller) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => poller.Value.Wake();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        poller.Value.Wake();
        return Task.CompletedTask;
    }
}
