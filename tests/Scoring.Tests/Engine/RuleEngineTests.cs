using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using SalesGraph.Scoring.Tests.Leads;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Engine;

public class RuleEngineTests
{
    private static CompiledRuleSet Compile(int version, int points) =>
        RuleSetCompiler.Compile(RuleSetKind.LeadScoring, version, [Score(1, "true", points)]).RuleSet!;

    [Fact]
    public void Publish_NewerVersion_IsUsedByTheNextBatch()
    {
        var engine = new RuleEngine(new ScoringOptions());
        engine.Publish(Compile(1, 10));
        var before = engine.EvaluateLeads(new LeadBatch([new LeadFact { Id = 1 }]), DateTime.UtcNow).Results[0];

        var swapped = engine.Publish(Compile(2, 20));
        var after = engine.EvaluateLeads(new LeadBatch([new LeadFact { Id = 1 }]), DateTime.UtcNow).Results[0];

        Assert.True(swapped);
        Assert.Equal((10, 1, 20, 2), (before.Fit, before.ScoringVersion, after.Fit, after.ScoringVersion));
    }

    [Fact]
    public void Publish_OlderOrSameVersion_IsIgnored()
    {
        var engine = new RuleEngine(new ScoringOptions());
        engine.Publish(Compile(5, 10));

        Assert.False(engine.Publish(Compile(4, 20)));
        Assert.False(engine.Publish(Compile(5, 20)));
        Assert.Equal(5, engine.Current(RuleSetKind.LeadScoring).Version);
    }

    [Fact]
    public void Publish_ManyThreadsAtOnce_EndsOnTheNewestVersion()
    {
        var engine = new RuleEngine(new ScoringOptions());
        var sets = Enumerable.Range(1, 40).Select(v => Compile(v, v)).ToList();

        Parallel.ForEach(sets, s => engine.Publish(s));

        Assert.Equal(40, engine.Current(RuleSetKind.LeadScoring).Version);
    }

    [Fact]
    public void Current_BeforeAnyPublish_IsAnEmptyVersionZero()
    {
        var result = new RuleEngine(new ScoringOptions()).EvaluateLeads(new LeadBatch([new LeadFact { Id = 1 }]), DateTime.UtcNow).Results[0];

        Assert.Equal((0, LeadStage.New, 0), (result.Total, result.Stage, result.ScoringVersion));
    }

    [Fact]
    public void Compile_SetWithBrokenRules_RefusesTheWholeSetAndNamesEachRule()
    {
        var result = RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 1,
        [
            Score(1, "Lead.Employes > 5", 1, name: "typo"),
            Score(2, "true", 1, name: "fine"),
            new RuleSpec(3, "wrong action", RuleSetKind.LeadScoring, "true", new Route("X")),
        ]);

        Assert.False(result.IsValid);
        Assert.Equal(["typo", "wrong action"], result.Errors.Select(e => e.RuleName));
    }

    [Fact]
    public void Compile_DisabledBrokenRule_IsLeftOut()
    {
        var result = RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 1, [Score(1, "true", 1), Score(2, "nonsense(", 1) with { Enabled = false }]);

        Assert.Single(result.RuleSet!.Rules);
    }

    [Fact]
    public void Match_AccountsUnrelatedToTheBatch_AreNotInserted()
    {
        var batch = new LeadBatch([new LeadFact { Id = 1, AccountId = 1, EmailDomain = "a.nl" }],
            [new AccountFact { Id = 1 }, new AccountFact { Id = 2, Domain = "a.nl" }, new AccountFact { Id = 3, Domain = "b.nl" }],
            [new ContactFact { Id = 1, AccountId = 2 }, new ContactFact { Id = 2, AccountId = 3 }]);

        var narrowed = batch.Narrow(batch.Leads);

        Assert.Equal([1, 2], narrowed.Accounts.Select(a => a.Id));
        Assert.Equal([1], narrowed.Contacts.Select(c => c.Id));
    }

    [Fact]
    public void EvaluateLeads_ManyThreadsOnOneVersion_EachBatchGetsOnlyItsOwnHits()
    {
        var engine = EngineWith(new ScoringOptions { BatchSize = 50 }, [.. DefaultRules.For(RuleSetKind.LeadScoring), .. DefaultRules.For(RuleSetKind.LeadRouting)]);
        var batches = Enumerable.Range(0, 8).Select(i => LeadGenerator.Generate(400, seed: i)).ToList();
        var alone = batches.Select(b => Summary(engine.EvaluateLeads(b, DateTime.UnixEpoch))).ToList();

        var together = batches.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(b => Summary(engine.EvaluateLeads(b, DateTime.UnixEpoch))).ToList();

        Assert.Equal(alone, together);
    }

    [Fact]
    public void Match_JoinRuleWithSeveralContacts_CountsEveryMatch()
    {
        var engine = EngineWith(null, Score(1, "Lead.AccountId == Account.Id && Contact.AccountId == Account.Id", 5));
        var batch = new LeadBatch([new LeadFact { Id = 1, AccountId = 1 }, new LeadFact { Id = 2, AccountId = 2 }],
            [new AccountFact { Id = 1 }, new AccountFact { Id = 2 }],
            [new ContactFact { Id = 1, AccountId = 1 }, new ContactFact { Id = 2, AccountId = 1 }, new ContactFact { Id = 3, AccountId = 2 }]);

        var results = engine.EvaluateLeads(batch, DateTime.UnixEpoch).Results;

        Assert.Equal([2, 1], results.Select(r => r.Hits.Single().Matches));
        Assert.Equal([10, 5], results.Select(r => r.Fit));
    }

    private static string Summary(BatchResult<LeadEvaluation> result) =>
        string.Join(";", result.Results.Select(r => $"{r.LeadId}:{r.Total}:{r.Stage}:{string.Join(",", r.Hits.Select(h => h.RuleId + "x" + h.Matches))}"));
}
