using System.Data;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Seed;

/// <summary>
/// The deterministic demo data set: the Maven CRM pipeline (accounts, teams, reps, opportunities), generated prospect and
/// suspect accounts, contacts, NPS responses and revenue, a sample of the X Education leads plus generated B2B leads, and UK
/// tenders. Open deals are current (the newest pipeline date is <see cref="Anchor"/>, the day the demo is loaded); each
/// customer's closed deals are spread over its own two to seven years (<see cref="DemoCustomerHistory"/>).
/// </summary>
/// <remarks>
/// The tiers, stages, tags and grades are not stored by the seed: the published default rules compute them on first start
/// (src/Scoring/DefaultRules.md). The data is made so that they come out in these shares (percent; the bounds are what
/// tests/Api.Tests/Demo/DemoDataSpreadTests asserts, the figure after them what the seed gives):
/// <code>
/// 150 accounts      pyramid tier        Top 0.5-2 (0.7)  Large 1-5 (2.0)  Medium 4-12 (7.3)  Small 30-45 (38.0)
///                                       Inactive 5-15 (8.7)  Prospect 15-30 (23.3)  Suspect 12-28 (20.0)
///                   relationship stage  Prospect 35-50 (43.3)  New 5-15 (8.7)  Loyal 30-50 (39.3)  ExCustomer 5-15 (8.7)
///                   strategy tag        Acquire 20-40 (30.0)  Retain 10-30 (17.3)  Develop 15-35 (26.7)  Reduce 8-25 (16.7)
///                                       WinBack 5-15 (8.7)  (an account may carry several, or none)
/// 200 NPS answers   category            Promoter 30-50 (41.0)  Passive 25-45 (34.5)  Detractor 15-35 (24.5)
/// 2,500 leads       grade               A 8-20 (14.6)  B 15-30 (24.2)  C 10-25 (13.2)  D 35-55 (48.1)
/// won deals         closed              over at least four years, some in each of the last five 12-month periods
/// </code>
/// How: 85 Maven customers, of which 15 % New (first deal 2-11 months ago, taken from the smaller accounts), 15 % lapsed (last
/// deal 13-40 months ago: ExCustomer, Inactive, WinBack) and the rest Loyal over 2-7 years, a third each growing, steady and
/// shrinking (Develop or Reduce for small ones); 35 prospects (22 with open pipeline deals, each with B2B leads) and 30 suspects
/// (no lead, no deal; the ones with 500+ people are tagged Acquire); NPS answers from a per-customer happiness that is high for
/// loyal and low for lapsed customers. Grades: the 1,000 X Education leads (private addresses, no company) are nearly all D; of
/// the 1,500 B2B leads, those at customers are mostly A/B, at prospects B/C, at unknown companies C, on free-mail addresses D.
/// The pyramid shares within the active customers are the rule's (Top 1 %, Large 4 %, Medium 15 %, Small the rest).
/// </remarks>
public static class DemoData
{
    /// <summary>
    /// "Today" in the demo data: the newest pipeline date (2017-12-31) lands here. It is the UTC date of the process that
    /// loads the demo, so deadlines, engagement decay and the 12-month revenue window look current to the rules.
    /// </summary>
    public static DateTime Anchor { get; } = DateTime.UtcNow.Date;

    /// <summary>
    /// Loads the demo data in one transaction when the database holds no accounts, leads or tenders, then runs
    /// <paramref name="afterDemoData"/> and derives the funnel history (<see cref="DemoFunnelHistory"/>) in the same transaction.
    /// Returns whether it loaded.
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
            db.AddRange(DemoLeads.Build(sales));
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

        // After the rules ran: it reads the leads' follow-up deadlines.
        await DemoFunnelHistory.LoadAsync(db, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
