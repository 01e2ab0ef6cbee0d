using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Seed;

namespace SalesGraph.Data.Tests.Seed;

public sealed class DemoDataTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task LoadIfEmpty_EmptyDatabase_LoadsExpectedCounts()
    {
        await using var db = demo.Database.CreateContext();

        Assert.True(demo.Loaded);
        Assert.Equal(3, await db.Territories.CountAsync());
        Assert.Equal(9, await db.Teams.CountAsync());
        Assert.Equal(44, await db.SalesReps.CountAsync());
        Assert.Equal(150, await db.Accounts.CountAsync());
        Assert.Equal(85, await db.Accounts.CountAsync(a => a.IsCustomer));
        Assert.Equal(8800, await db.Opportunities.CountAsync());
        Assert.Equal(2500, await db.Leads.CountAsync());
        Assert.Equal(370, await db.Tenders.CountAsync());
        Assert.InRange(await db.Contacts.CountAsync(), (120 * 2) + 30, (120 * 6) + (30 * 2));
    }

    [Fact]
    public async Task LoadIfEmpty_TwoEmptyDatabases_ProduceTheSameData()
    {
        using var other = new SqliteTestDatabase();
        await using (var db = other.CreateContext())
        {
            await DemoData.LoadIfEmptyAsync(db);
        }

        await using var first = demo.Database.CreateContext();
        await using var second = other.CreateContext();
        Assert.Equal(await DemoChecksum.ComputeAsync(first), await DemoChecksum.ComputeAsync(second));
    }

    [Fact]
    public async Task LoadIfEmpty_DatabaseWithData_LoadsNothing()
    {
        await using var db = demo.Database.CreateContext();

        var loaded = await DemoData.LoadIfEmptyAsync(db, (_, _) => throw new InvalidOperationException("must not run"));

        Assert.False(loaded);
        Assert.Equal(150, await db.Accounts.CountAsync());
        Assert.Equal(2500, await db.Leads.CountAsync());
    }

    [Fact]
    public async Task Pipeline_NewestDate_IsTheAnchor()
    {
        await using var db = demo.Database.CreateContext();

        var newest = await db.Opportunities.MaxAsync(o => o.ClosedAt);

        Assert.Equal(DemoData.Anchor, newest);
        Assert.Equal(DateTimeKind.Utc, newest!.Value.Kind);
    }

    [Fact]
    public async Task Pipeline_SourceQuirks_AreRepaired()
    {
        await using var db = demo.Database.CreateContext();

        Assert.Equal(0, await db.Accounts.CountAsync(a => a.Industry == "technolgy"));
        Assert.Equal(0, await db.Opportunities.CountAsync(o => o.Product == "GTXPro"));
        Assert.Equal(1480, await db.Opportunities.CountAsync(o => o.Product == "GTX Pro"));
        Assert.Equal(1374, await db.Opportunities.CountAsync(o => o.AccountId == null)); // 1,425 in the source, 51 open deals given to prospects
        Assert.Equal(4238, await db.Opportunities.CountAsync(o => o.Stage == FunnelStage.Won));
        Assert.All(await db.Accounts.Select(a => a.Country).ToListAsync(), c => Assert.Matches("^[A-Z]{2}$", c));
        Assert.Equal("acmecorporation.com", await db.Accounts.Where(a => a.Name == "Acme Corporation").Select(a => a.Domain).SingleAsync());
        Assert.True(await db.Accounts.AnyAsync(a => a.ParentAccountId != null));
    }

    [Fact]
    public async Task Customers_RevenueLines_IncludeSomeInactiveInTheLastYear()
    {
        await using var db = demo.Database.CreateContext();
        var yearAgo = DemoData.Anchor.AddMonths(-12);

        var customers = await db.Accounts.Where(a => a.IsCustomer)
            .Select(a => new { Lines = a.RevenueLines.Count, Recent = a.RevenueLines.Any(r => r.PeriodStart > yearAgo), a.Nps })
            .ToListAsync();

        Assert.NotEmpty(customers);
        Assert.All(customers, c => Assert.True(c.Lines > 0 && c.Nps != null));
        Assert.Equal(13, customers.Count(c => !c.Recent));
    }

    [Fact]
    public async Task Leads_AreUnscoredAndKeepTheirSourceOutcome()
    {
        await using var db = demo.Database.CreateContext();

        Assert.Equal(0, await db.Leads.CountAsync(l => l.Score != 0 || l.Stage != Leads.LeadStage.New));
        Assert.Equal(1000, await db.Leads.CountAsync(l => l.Converted != null));
        Assert.InRange(await db.Leads.CountAsync(l => l.Converted == true), 300, 500);
        Assert.True(await db.Leads.AnyAsync(l => l.ContactId != null && l.Email == l.Contact!.Email));
        Assert.True(await db.Leads.AnyAsync(l => l.AccountId != null && l.ContactId == null && l.EmailDomain == l.Account!.Domain));
        Assert.True(await db.Leads.AnyAsync(l => l.ExternalId.StartsWith("DEMO-B2B-") && l.IsFreeMailDomain));
        var oldest = await db.Engagements.MinAsync(e => e.OccurredAt);
        Assert.InRange(oldest, DemoData.Anchor.AddDays(-90), DemoData.Anchor);
    }

    [Fact]
    public async Task Tenders_AwardCriteria_AreParsedIntoWeights()
    {
        await using var db = demo.Database.CreateContext();

        var weighted = await db.Tenders.Where(t => t.PriceWeight != null).Select(t => new { t.PriceWeight, t.QualityWeight }).ToListAsync();

        Assert.NotEmpty(weighted);
        Assert.All(weighted, w => Assert.Equal(100, w.PriceWeight + w.QualityWeight));
        Assert.Equal(370, await db.Tenders.CountAsync(t => t.Country == "GB"));
        Assert.Equal(0, await db.Tenders.CountAsync(t => t.Description!.Length > 600));
    }
}
