using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SalesGraph.Data.Opportunities;

/// <summary>
/// Keeps <see cref="OpportunityStageChange"/> rows in step with <see cref="Opportunity.Stage"/> on every save: an added
/// opportunity enters its stage at <see cref="Opportunity.CreatedAt"/> (unless history rows for it are added with it), and a
/// changed stage closes the open stay and opens one for the new stage. Set-based writes (<c>ExecuteUpdate</c>) bypass this.
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
        var addedWithHistory = tracker.Entries<OpportunityStageChange>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.Opportunity ?? (object)e.Entity.OpportunityId)
            .ToHashSet();
        foreach (var entry in tracker.Entries<Opportunity>().ToList()) // the loop adds history rows to the tracker
        {
            if (entry.State == EntityState.Added)
            {
                if (!addedWithHistory.Contains(entry.Entity) && entry.Entity.StageHistory.Count == 0)
                {
                    var enteredAt = entry.Entity.CreatedAt == default ? now : entry.Entity.CreatedAt;
                    db.OpportunityStageHistory.Add(new OpportunityStageChange { Opportunity = entry.Entity, Stage = entry.Entity.Stage, EnteredAt = enteredAt });
                }
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

        var ids = changed.Select(e => e.Entity.Id).ToList();
        var open = db.OpportunityStageHistory.Where(h => ids.Contains(h.OpportunityId) && h.LeftAt == null);
        var stays = sync ? open.ToList() : await open.ToListAsync(cancellationToken);
        foreach (var stay in stays)
        {
            stay.LeftAt = now;
        }

        foreach (var entry in changed)
        {
            db.OpportunityStageHistory.Add(new OpportunityStageChange { OpportunityId = entry.Entity.Id, Stage = entry.Entity.Stage, EnteredAt = now });
        }
    }
}
