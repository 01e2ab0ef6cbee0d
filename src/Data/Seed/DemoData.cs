using System.Data;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Seed;

/// <summary>
/// The deterministic demo data set: the Maven CRM pipeline (accounts, teams, reps, opportunities), generated contacts,
/// NPS responses and revenue, a sample of the X Education leads plus generated B2B leads, and UK tenders.
/// Source dates are shifted so that the newest pipeline date is <see cref="Anchor"/>, the day the demo is loaded.
/// </summary>
public static class DemoData
{
    /// <summary>
    /// "Today" in the demo data: the newest pipeline date (2017-12-31) lands here. It is the UTC date of the process that
    /// loads the demo, so deadlines, engagement decay and the 12-month revenue window look current to the rules.
    /// </summary>
    public static DateTime Anchor { get; } = DateTime.UtcNow.Date;

    /// <summary>
    /// Loads the demo data in one transaction when the database holds no accounts, leads or tenders, then runs
    /// <paramref name="afterDemoData"/> in the same transaction. Returns whether it loaded.
    /// </summary>
    public static async Task<bool> LoadIfEmptyAsync(
        SalesDbContext db,
        Func<SalesDbContext, CancellationToken, Task>? afterDemoData = null,
        CancellationToken cancellationToken = default)
    {
        // Serializable (BEGIN IMMEDIATE on SQLite): a second instance starting at the same time waits, then sees the data.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        if (await db.Accounts.AnyAsync(cancellationToken) || await db.Leads.AnyAsync(cancellationToken) || await db.Tenders.AnyAsync(cancellationToken))
        {
            return false;
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var sales = DemoSales.Build();
            db.AddRange(sales.Territories);
            db.AddRange(sales.Teams);
            db.AddRange(sales.Accounts);
            db.AddRange(sales.Opportunities);
            db.AddRange(DemoLeads.Build(sales.Accounts));
            db.AddRange(DemoLeads.CustomFields());
            db.AddRange(DemoTenders.Build());
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (afterDemoData is not null)
        {
            await afterDemoData(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
