using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Tests.Leads;

public sealed class LeadEvaluatorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Evaluate_QualifiedLeads_WritesScoresRoutesAndResultsWithoutSaving()
    {
        await api.ArrangeAsync(ScoringTestData.Team("Enterprise EMEA", (5, 0), (5, 5), (5, 0)), ScoringTestData.Lead("a"), ScoringTestData.Lead("b"));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var leads = await db.Leads.OrderBy(l => l.Id).ToListAsync();

        var outcomes = await api.Services.GetRequiredService<LeadEvaluator>().EvaluateAsync(db, leads, default);

        Assert.All(outcomes, o => Assert.True(o.Changed));
        Assert.All(outcomes, o => Assert.Equal(o.Result.Hits.Sum(h => h.Points), o.Lead.Score));
        Assert.Equal(0, await db.ScoreResults.CountAsync());
        await db.SaveChangesAsync();
        var stored = await db.Leads.AsNoTracking().Include(l => l.AssignedRep).OrderBy(l => l.Id).ToListAsync();
        Assert.All(stored, l => Assert.True(l.Score >= 50));
        Assert.All(stored, l => Assert.NotNull(l.RouteTeamId));
        Assert.Equal(["Enterprise EMEA rep 1", "Enterprise EMEA rep 3"], stored.Select(l => l.AssignedRep!.FullName));
        Assert.Equal(2, await db.ScoreResults.CountAsync());
        var team = await db.Teams.AsNoTracking().Include(t => t.Reps).SingleAsync();
        Assert.Equal(team.Reps.Single(r => r.FullName.EndsWith("rep 3")).Id, team.LastAssignedRepId);
        Assert.Equal([1, 5, 1], team.Reps.OrderBy(r => r.Id).Select(r => r.OpenLeads));
    }
}
