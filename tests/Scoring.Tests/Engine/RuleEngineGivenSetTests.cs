using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Engine;

public class RuleEngineGivenSetTests
{
    private static CompiledRuleSet Compile(RuleSetKind kind, int version, RuleSpec rule) =>
        RuleSetCompiler.Compile(kind, version, [rule]).RuleSet!;

    [Fact]
    public void EvaluateLeads_GivenDraftSets_UsesThemAndLeavesTheCurrentOnesAlone()
    {
        var engine = new RuleEngine(new ScoringOptions());
        engine.Publish(Compile(RuleSetKind.LeadScoring, 1, Score(1, "true", 10)));
        var draft = Compile(RuleSetKind.LeadScoring, 0, Score(1, "true", 30));
        var routing = engine.Current(RuleSetKind.LeadRouting);

        var simulated = engine.EvaluateLeads(new LeadBatch([new LeadFact { Id = 1 }]), DateTime.UtcNow, draft, routing).Results[0];
        var live = engine.EvaluateLeads(new LeadBatch([new LeadFact { Id = 1 }]), DateTime.UtcNow).Results[0];

        Assert.Equal((30, 0), (simulated.Fit, simulated.ScoringVersion));
        Assert.Equal((10, 1), (live.Fit, live.ScoringVersion));
    }

    [Fact]
    public void EvaluateTenders_GivenDraftSet_UsesIt()
    {
        var engine = new RuleEngine(new ScoringOptions());
        var draft = Compile(RuleSetKind.TenderEvaluation, 0, new RuleSpec(1, "always bid", RuleSetKind.TenderEvaluation, "true", new Decide(BidDecision.Bid), 10));

        var result = engine.EvaluateTenders([new TenderFact { Id = 7 }], DateTime.UtcNow, draft).Results[0];

        Assert.Equal(BidDecision.Bid, result.Decision);
    }
}
