using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SalesGraph.Data.Opportunities;

/// <summary>
/// Keeps <see cref="OpportunityStageChange"/> rows in step with <see cref="Opportunity.Stage"/> on every save: an added
/// opportunity enters its stage at <see cref="Opportunity.CreatedAt"/> (unless history rows for it are added with it), and a
/// changed stage closes the open stay and opens one for the new stage; either way the opportunity's
/// <see cref="StageFacts"/> follow. Set-based writes (<c>ExecuteUpdate</c>) bypass this.
/// </summary>
internal static class StageHistoryRecorder
{
    /// <summary>Call with changes detected and automatic detection off (<see cref="SalesDbContext"/> does both).</summary>
    public static void Record(SalesDbContext db) => RecordAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();

    public static Task RecordAsync(SalesDbContext db, CancellationToken cancellationToken) => RecordAsync(db, sync: false, cancellationToken);

    private static async Task RecordAsync(SalesDbContext db, bool sync, CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var now = DateTime.UtcNow;
        var changed = new List<EntityEntry<Opportunity>>();
        var addedStays = tracker.Entries<OpportunityStageChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var entry in tracker.Entries<Opportunity>().ToList())
        {
            if (entry.State == EntityState.Added)
            {
                var own = addedStays.Where(h => h.Opportunity == entry.Entity).Concat(entry.Entity.StageHistory).Distinct().ToList();
                if (own.Count == 0)
                {
                    var enteredAt = entry.Entity.CreatedAt == default ? now : entry.Entity.CreatedAt;
                    var stay = new OpportunityStageChange { Opportunity = entry.Entity, Stage = entry.Entity.Stage, EnteredAt = enteredAt };
                    db.OpportunityStageHistory.Add(stay);
                    own.Add(stay);
                }

                StageFacts.Apply(entry.Entity, own);
            }
            else if (entry.State == EntityState.Modified && entry.Property(o => o.Stage) is { IsModified: true } stage && stage.OriginalValue != stage.CurrentValue)
            {
                changed.Add(entry);
            }
        }

        if (changed.Count == 0)
        {
            return;
        }

        // The whole history of each changed opportunity: the open stay is closed, and the facts are computed from all stays.
        var ids = changed.Select(e => e.Entity.Id).ToList();
        var history = db.OpportunityStageHistory.Where(h => ids.Contains(h.OpportunityId));
        var stays = sync ? history.ToList() : await history.ToListAsync(cancellationToken);
        foreach (var stay in stays.Where(s => s.LeftAt == null))
        {
            stay.LeftAt = now;
        }

        foreach (var entry in changed)
        {
            var entered = new OpportunityStageChange { OpportunityId = entry.Entity.Id, Stage = entry.Entity.Stage, EnteredAt = now };
            db.OpportunityStageHistory.Add(entered);
            StageFacts.Apply(entry.Entity, stays.Where(s => s.OpportunityId == entry.Entity.Id).Append(entered));
            entry.DetectChanges(); // automatic detection is off: mark the facts modified
        }
    }
}
