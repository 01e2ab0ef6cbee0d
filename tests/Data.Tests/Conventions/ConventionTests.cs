using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Rules;

namespace SalesGraph.Data.Tests.Conventions;

public sealed class ConventionTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SaveChanges_ModifiedAccount_IncrementsRowVersion()
    {
        var id = await AddAccountAsync("Acme");
        await using var db = _database.CreateContext();
        var account = await db.Accounts.SingleAsync(a => a.Id == id);

        account.Industry = "retail";
        await db.SaveChangesAsync();

        Assert.Equal(1, account.RowVersion);
        await using var reader = _database.CreateContext();
        Assert.Equal(1, await reader.Accounts.Where(a => a.Id == id).Select(a => a.RowVersion).SingleAsync());
    }

    [Fact]
    public async Task SaveChanges_StaleAccount_ThrowsDbUpdateConcurrencyException()
    {
        var id = await AddAccountAsync("Acme");
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var fresh = await first.Accounts.SingleAsync(a => a.Id == id);
        var stale = await second.Accounts.SingleAsync(a => a.Id == id);

        fresh.Industry = "retail";
        await first.SaveChangesAsync();
        stale.Industry = "medical";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_StaleScoringRule_ThrowsDbUpdateConcurrencyException()
    {
        await using (var db = _database.CreateContext())
        {
            db.ScoringRules.Add(new ScoringRule { RuleSet = RuleSetKind.LeadScoring, Name = "Big", When = "true", Then = "{}" });
            await db.SaveChangesAsync();
        }

        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var fresh = await first.ScoringRules.SingleAsync();
        var stale = await second.ScoringRules.SingleAsync();
        fresh.Priority = 5;
        await first.SaveChangesAsync();
        stale.Priority = 7;

        Assert.Equal(1, fresh.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task DateTimes_ReadBack_AreUtc()
    {
        var local = new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Local);
        await using (var db = _database.CreateContext())
        {
            db.Leads.Add(new Lead { ExternalId = "x", CreatedAt = local, LastActivityAt = new DateTime(2026, 5, 2, 8, 30, 0, DateTimeKind.Unspecified) });
            await db.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var lead = await reader.Leads.SingleAsync();

        Assert.Equal(DateTimeKind.Utc, lead.CreatedAt.Kind);
        Assert.Equal(local.ToUniversalTime(), lead.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, lead.LastActivityAt!.Value.Kind);
        Assert.Equal(new DateTime(2026, 5, 2, 8, 30, 0, DateTimeKind.Utc), lead.LastActivityAt);
    }

    [Fact]
    public async Task SaveChanges_DuplicateLeadSourceAndExternalId_IsRejected()
    {
        await using (var db = _database.CreateContext())
        {
            db.Leads.Add(new Lead { Source = LeadSource.WebForm, ExternalId = "42" });
            db.Leads.Add(new Lead { Source = LeadSource.Webinar, ExternalId = "42" });
            await db.SaveChangesAsync();
        }

        await using var duplicate = _database.CreateContext();
        duplicate.Leads.Add(new Lead { Source = LeadSource.WebForm, ExternalId = "42" });

        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.SaveChangesAsync());
    }

    [Fact]
    public async Task Query_OrderByDecimalAmount_RunsInSql()
    {
        await using (var db = _database.CreateContext())
        {
            db.Opportunities.AddRange(
                new Opportunity { Name = "small", Amount = 10.5m },
                new Opportunity { Name = "large", Amount = 1200.25m },
                new Opportunity { Name = "medium", Amount = 300m });
            await db.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var names = await reader.Opportunities.Where(o => o.Amount > 100m).OrderByDescending(o => o.Amount).Select(o => o.Name).ToListAsync();

        Assert.Equal(["large", "medium"], names);
    }

    [Fact]
    public async Task Enums_AreStoredAsNames_AndFlagsAsNumbers()
    {
        await using (var db = _database.CreateContext())
        {
            db.Accounts.Add(new Account { Name = "A", NormalizedName = "a", PyramidTier = CustomerPyramidTier.Top, Strategies = CustomerStrategy.Retain | CustomerStrategy.Develop });
            await db.SaveChangesAsync();
        }

        await using var reader = _database.CreateContext();
        var row = await reader.Database.SqlQueryRaw<string>("SELECT PyramidTier || '/' || Strategies AS Value FROM Accounts").SingleAsync();

        Assert.Equal("Top/6", row);
    }

    private async Task<int> AddAccountAsync(string name)
    {
        await using var db = _database.CreateContext();
        var account = new Account { Name = name, NormalizedName = CompanyName.Normalize(name) };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }
}
