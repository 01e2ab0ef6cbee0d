using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;
using DataRuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Tests.Rules;

public sealed class RuleEngineHostTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Start_EmptyDatabase_PublishesDefaultRulesAsVersionOneAndRunsThem()
    {
        _ = api.Server;
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var engine = api.Services.GetRequiredService<RuleEngine>();

        var versions = (await db.RuleSetVersions.ToListAsync()).OrderBy(v => v.RuleSet).ToList();

        Assert.Equal(Enum.GetValues<DataRuleSetKind>().Order(), versions.Select(v => v.RuleSet));
        Assert.All(versions, v => Assert.Equal(1, v.Number));
        Assert.All(versions, v => Assert.Equal(1, engine.Current(v.RuleSet.ToScoring()).Version));
        Assert.Equal(DefaultRules.All.Count, await db.ScoringRules.CountAsync());
    }

    [Fact]
    public async Task Refresh_NewerVersionInDatabase_SwapsItIn()
    {
        _ = api.Server;
        var host = api.Services.GetRequiredService<RuleEngineHost>();
        var engine = api.Services.GetRequiredService<RuleEngine>();
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var current = engine.Current(Scoring.Rules.RuleSetKind.TenderEvaluation).Version;
        var rules = DefaultRules.For(Scoring.Rules.RuleSetKind.TenderEvaluation).Take(2);
        db.RuleSetVersions.Add(new RuleSetVersion
        {
            RuleSet = DataRuleSetKind.TenderEvaluation,
            Number = current + 1,
            RulesJson = RuleSetJson.Write(rules),
            PublishedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();

        var swapped = await host.RefreshAsync();

        Assert.Equal(current + 1, Assert.Single(swapped).Version);
        Assert.Equal(current + 1, engine.Current(Scoring.Rules.RuleSetKind.TenderEvaluation).Version);
        Assert.Equal(2, engine.Current(Scoring.Rules.RuleSetKind.TenderEvaluation).Rules.Count);
    }
}
