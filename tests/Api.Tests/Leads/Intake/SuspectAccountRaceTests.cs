using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Leads.Intake;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Leads;
using ScoringLeadStage = SalesGraph.Scoring.Rules.LeadStage;
using ScoringLeadGrade = SalesGraph.Scoring.Rules.LeadGrade;

namespace SalesGraph.Api.Tests.Leads.Intake;

/// <summary>The unique indexes on Accounts (Domain) and (NormalizedName), not the intake's lock or its re-check, keep one account per
/// company: twenty intake transactions that all decided to create the account before any of them wrote (the race SQL Server's
/// read committed allows) insert their leads, and each one that loses links its lead to the account that won.</summary>
public sealed class SuspectAccountRaceTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(true, LeadMatchMethod.AccountDomain)]
    [InlineData(false, LeadMatchMethod.CompanyName)]
    public async Task CreateSuspectAccounts_TwentyParallelTransactionsWithoutTheRecheck_LeaveOneAccountWithEveryLeadLinked(bool sameDomain, LeadMatchMethod losers)
    {
        await api.ArrangeAsync();
        var factory = api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>();
        var now = new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);
        using var start = new Barrier(20);

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            // One company: one domain written with different names, or one name (legal form and case aside) from different domains.
            var domain = sameDomain ? "race.io" : $"race-{i}.io";
            var lead = new Lead
            {
                Source = LeadSource.WebForm,
                ExternalId = $"race-{i}",
                Email = $"p{i}@{domain}",
                Domain = domain,
                Company = sameDomain ? $"Race Company {i}" : i % 2 == 0 ? "Race Ltd" : "RACE B.V.",
                CreatedAt = now,
                UpdatedAt = now
            };
            var evaluation = new LeadEvaluation(0, 60, 10, ScoringLeadGrade.A, ScoringLeadStage.Mql, null, null, null, null, 1, 1, []) { CreateSuspectAccount = true };
            await using var db = await factory.CreateDbContextAsync();
            start.SignalAndWait();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var made = await SuspectAccounts.CreateAsync(db, [(lead, evaluation)], now, recheck: false, CancellationToken.None);
            await using (var rows = new LeadRows(db))
                await rows.InsertAsync(lead, CancellationToken.None);
            await transaction.CommitAsync();
            return made.Count;
        })));

        var account = Assert.Single(await api.DbAsync(db => db.Accounts.ToListAsync()));
        var leads = await api.DbAsync(db => db.Leads.ToListAsync());
        Assert.Equal(20, leads.Count);
        Assert.All(leads, l => Assert.Equal(account.Id, l.AccountId));
        Assert.Equal(1, created.Sum());
        Assert.Equal((1, 19), (leads.Count(l => l.MatchMethod == LeadMatchMethod.CreatedAccount), leads.Count(l => l.MatchMethod == losers)));
    }
}
