using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tests.Leads;

public class SmokeTests
{
    [Fact]
    public void Smoke()
    {
        var rules = new[]
        {
            new RuleSpec(1, "big", RuleSetKind.LeadScoring, "Lead.Employees >= 500 && Lead.Country in (\"NL\", \"BE\")", new AddPoints(ScoreDimension.Fit, 30)),
            new RuleSpec(2, "customer domain", RuleSetKind.LeadScoring, "Lead.EmailDomain == Account.Domain && Account.IsCustomer", new AddPoints(ScoreDimension.Fit, 20)),
            new RuleSpec(3, "title", RuleSetKind.LeadScoring, "Lead.JobTitle.Contains(\"cto\")", new AddPoints(ScoreDimension.Fit, 5)),
            new RuleSpec(4, "div", RuleSetKind.LeadScoring, "Lead.Visits / Lead.FormPosts > 1", new AddPoints(ScoreDimension.Engagement, 5)),
        };
        var compiled = RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 3, rules);
        Assert.Empty(compiled.Errors);
        var engine = new RuleEngine(new ScoringOptions());
        Assert.True(engine.Publish(compiled.RuleSet!));
        var batch = new LeadBatch(
            [new LeadFact { Id = 1, Employees = 600, Country = "NL", EmailDomain = "acme.nl", JobTitle = "CTO" }, new LeadFact { Id = 2, Visits = 3 }],
            [new AccountFact { Id = 1, Domain = "acme.nl", IsCustomer = true }],
            []);
        var result = engine.EvaluateLeads(batch, DateTime.UtcNow);
        Assert.Equal(55, result.Results[0].Fit);
        Assert.Equal(3, result.Results[0].ScoringVersion);
        Assert.True(result.FailedConditions > 0);
    }
}
