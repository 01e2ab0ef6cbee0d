using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Api.Tests.Leads;

/// <summary>A lead without engagement keeps the fact as read (no summary copied in); with engagement, the summary of its events.</summary>
public sealed class LeadBatchLoaderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task LoadAsync_LeadsWithAndWithoutEngagement_FactsEqualTheSummaryOfTheirEvents()
    {
        var now = ScoringTestData.Created.AddDays(30);
        await api.ArrangeAsync(ScoringTestData.Lead("quiet", formPosts: 0), ScoringTestData.Lead("busy", formPosts: 3));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var leads = await db.Leads.AsNoTracking().OrderBy(l => l.ExternalId).ToListAsync();
        var events = await db.Engagements.AsNoTracking().ToListAsync();

        var facts = (await LeadBatchLoader.LoadAsync(db, leads, now, 30, CancellationToken.None)).Leads;

        for (var i = 0; i < leads.Count; i++)
        {
            var own = events.Where(e => e.LeadId == leads[i].Id).Select(e => ((EngagementKind)(int)e.Kind, e.OccurredAt));
            var expected = LeadFacts.From(leads[i]).WithEngagement(EngagementSummary.From(own, now, 30)) with { CustomFields = facts[i].CustomFields };
            Assert.Equal(expected, facts[i]);
        }
        Assert.Equal(3, facts.Single(f => f.Id == leads.Single(l => l.ExternalId == "busy").Id).FormPosts);
    }
}
