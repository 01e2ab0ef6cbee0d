using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SalesGraph.Data;

/// <summary>
/// Bumps the integer concurrency token (<c>RowVersion</c> / <c>Version</c>) of every modified entity, so that the
/// UPDATE checks the value that was read and a stale writer gets <see cref="DbUpdateConcurrencyException"/>.
/// Done in the context rather than by the database, so it behaves the same on SQLite and SQL Server.
/// </summary>
internal static class ConcurrencyVersion
{
    public static void IncrementModified(ChangeTracker changeTracker)
    {
        if (changeTracker.AutoDetectChangesEnabled)
        {
            changeTracker.DetectChanges();
        }

        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.IsConcurrencyToken && property.Metadata.ClrType == typeof(int) && !property.IsModified)
                {
                    property.CurrentValue = (int)property.OriginalValue! + 1;
                }
            }
        }
    }
}
