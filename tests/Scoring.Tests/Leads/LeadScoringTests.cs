using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Leads;

public class LeadScoringTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static LeadEvaluation Single(Scoring.Engine.RuleEngine engine, LeadFact lead, AccountFact[]? accounts = null, ContactFact[]? contacts = null) =>
        Assert.Single(engine.EvaluateLeads(new LeadBatch([lead], accounts ?? [], contacts ?? []), Now).Results);

    [Fact]
    public void Fire_LeadFromCustomerDomain_AddsFitPoints()
    {
        var engine = EngineWith(null, Score(1, "Lead.EmailDomain == Account.Domain && Account.IsCustomer", 15));

        var result = Single(engine, new LeadFact { Id = 1, EmailDomain = "acme.nl" }, [new AccountFact { Id = 9, Domain = "acme.nl", IsCustomer = true }]);

        Assert.Equal(15, result.Fit);
    }

    [Fact]
    public void Fire_LeadFromProspectDomain_AddsNothing()
    {
        var engine = EngineWith(null, Score(1, "Lead.EmailDomain == Account.Domain && Account.IsCustomer", 15));

        var result = Single(engine, new LeadFact { Id = 1, EmailDomain = "acme.nl" }, [new AccountFact { Id = 9, Domain = "acme.nl", IsCustomer = false }]);

        Assert.Equal(0, result.Fit);
    }

    [Fact]
    public void Fire_JoinMatchingThreeContacts_IsBoundedByTheRuleCap()
    {
        var engine = EngineWith(null, Score(1, "Lead.AccountId == Account.Id && Contact.AccountId == Account.Id && Contact.IsDecisionMaker", 5, cap: 12));
        ContactFact[] contacts = [.. Enumerable.Range(1, 3).Select(i => new ContactFact { Id = i, AccountId = 9, Role = BuyingRole.Decider })];

        var result = Single(engine, new LeadFact { Id = 1, AccountId = 9 }, [new AccountFact { Id = 9 }], contacts);

        var hit = Assert.Single(result.Hits);
        Assert.Equal((12, 3), (hit.Points, hit.Matches));
        Assert.Contains("rule cap 12", hit.Effect, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_NegativePoints_LowerTheDimension()
    {
        var engine = EngineWith(null, Score(1, "Lead.Employees >= 100", 20), Score(2, "Lead.IsFreeMail", -10));

        var result = Single(engine, new LeadFact { Id = 1, Employees = 500, IsFreeMail = true });

        Assert.Equal(10, result.Fit);
    }

    [Fact]
    public void Fire_PointsOverTheDimensionCap_TrimLowestPrecedenceAndStillAddUp()
    {
        var options = new ScoringOptions { FitCap = 50 };
        var engine = EngineWith(options, Score(1, "true", 30, priority: 5), Score(2, "true", 30, priority: 1), Score(3, "true", -5));

        var result = Single(engine, new LeadFact { Id = 1 });

        Assert.Equal(50, result.Fit);
        Assert.Equal(result.Fit, result.Hits.Where(h => h.Dimension == ScoreDimension.Fit).Sum(h => h.Points));
        Assert.Equal([30, 25, -5], result.Hits.Select(h => h.Points));
    }

    [Fact]
    public void Fire_StaleEngagement_DecaysWithTheHalfLife()
    {
        var engine = EngineWith(new ScoringOptions { EngagementHalfLifeDays = 30 }, Score(1, "Lead.Visits >= 1", 20, ScoreDimension.Engagement));

        var result = Single(engine, new LeadFact { Id = 1, Visits = 3, DaysSinceLastActivity = 60 });

        Assert.Equal(5, result.Engagement);
        Assert.Contains("decayed ×0.25", Assert.Single(result.Hits).Effect, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_PointsTrimmedToZeroByTheDimensionCap_AreNotAppliedBecauseCapped()
    {
        var engine = EngineWith(new ScoringOptions { FitCap = 30 }, Score(1, "true", 30, priority: 5), Score(2, "true", 10, priority: 1));

        var result = Single(engine, new LeadFact { Id = 1 });

        Assert.Equal([(30, true, null), (0, false, RuleHitReason.Capped)], result.Hits.Select(h => (h.Points, h.Applied, h.Reason)));
        Assert.Equal(result.Total, result.Hits.Where(h => h.Applied).Sum(h => h.Points));
    }

    [Fact]
    public void Fire_EngagementDecayedToZero_IsNotAppliedBecauseDecayedToZero()
    {
        var engine = EngineWith(new ScoringOptions { EngagementHalfLifeDays = 30 }, Score(1, "Lead.Visits >= 1", 2, ScoreDimension.Engagement));

        var result = Single(engine, new LeadFact { Id = 1, Visits = 1, DaysSinceLastActivity = 180 });

        var hit = Assert.Single(result.Hits);
        Assert.Equal((0, false, RuleHitReason.DecayedToZero), (hit.Points, hit.Applied, hit.Reason));
    }

    [Fact]
    public void Fire_PartlyCappedPoints_StayAppliedWithoutAReason()
    {
        var engine = EngineWith(new ScoringOptions { FitCap = 50 }, Score(1, "true", 30, priority: 5), Score(2, "true", 30, priority: 1));

        var result = Single(engine, new LeadFact { Id = 1 });

        Assert.Equal([(30, true, null), (20, true, null)], result.Hits.Select(h => (h.Points, h.Applied, (RuleHitReason?)h.Reason)));
    }

    [Fact]
    public void Fire_DecayedCounts_AreUsableInConditions()
    {
        var engine = EngineWith(null, Score(1, "Lead.DecayedVisits >= 2", 10, ScoreDimension.Engagement));
        var summary = EngagementSummary.From([(EngagementKind.WebVisit, Now.AddDays(-1)), (EngagementKind.WebVisit, Now.AddDays(-90))], Now, 30);

        var result = Single(engine, new LeadFact { Id = 1 }.WithEngagement(summary));

        Assert.Equal(0, result.Engagement);
        Assert.Equal(2, summary.Visits);
        Assert.Equal(1.1, summary.DecayedVisits, 1);
    }

    [Theory]
    [InlineData(60, LeadGrade.A)]
    [InlineData(45, LeadGrade.B)]
    [InlineData(20, LeadGrade.C)]
    [InlineData(5, LeadGrade.D)]
    public void Fire_FitPoints_GradeFromThresholds(int points, LeadGrade grade)
    {
        var engine = EngineWith(null, Score(1, "true", points));

        Assert.Equal(grade, Single(engine, new LeadFact { Id = 1 }).Grade);
    }

    [Fact]
    public void Fire_SetGradeRule_OverridesThresholds()
    {
        var engine = EngineWith(null, Score(1, "true", 80), new RuleSpec(2, "students", RuleSetKind.LeadScoring, "Lead.JobTitle.StartsWith(\"student\")", new SetGrade(LeadGrade.D), 100));

        Assert.Equal(LeadGrade.D, Single(engine, new LeadFact { Id = 1, JobTitle = "Student" }).Grade);
    }

    [Fact]
    public void Fire_ConditionThatThrows_CountsAsNotMatchedAndTheBatchGoesOn()
    {
        var engine = EngineWith(null, Score(1, "Lead.Visits / Lead.FormPosts > 1", 10), Score(2, "Lead.Employees > 5", 3));
        var leads = new LeadBatch([new LeadFact { Id = 1, Visits = 4, FormPosts = 0, Employees = 10 }, new LeadFact { Id = 2, Visits = 4, FormPosts = 1, Employees = 10 }]);

        var result = engine.EvaluateLeads(leads, Now);

        Assert.Equal([3, 13], result.Results.Select(r => r.Fit));
        Assert.Equal(1, result.FailedConditions);
    }

    [Fact]
    public void Fire_NullText_DoesNotFailTheBatch()
    {
        var engine = EngineWith(null, Score(1, "Lead.JobTitle.Contains(\"cto\")", 10), Score(2, "Lead.Company == \"Acme\"", 5));

        var result = engine.EvaluateLeads(new LeadBatch([new LeadFact { Id = 1, JobTitle = null, Company = "Acme" }, new LeadFact { Id = 2, JobTitle = "CTO" }]), Now);

        Assert.Equal([5, 10], result.Results.Select(r => r.Fit));
    }

    [Fact]
    public void Fire_PublishedVersion_IsRecordedInResultAndHits()
    {
        var engine = EngineWith(null, Score(1, "true", 1));

        var result = Single(engine, new LeadFact { Id = 1 });

        Assert.Equal((7, 0), (result.ScoringVersion, result.RoutingVersion));
        Assert.Equal(7, Assert.Single(result.Hits).Version);
    }

    [Fact]
    public void Fire_SameRulesInAnyOrder_GiveTheSameResult()
    {
        var rules = new[] { Score(1, "true", 40, priority: 2), Score(2, "true", 40, priority: 1), Score(3, "Lead.Visits > 0", 40, ScoreDimension.Engagement) };
        var lead = new LeadFact { Id = 1, Visits = 1 };

        var forward = Single(EngineWith(new ScoringOptions { FitCap = 60 }, rules), lead);
        var backward = Single(EngineWith(new ScoringOptions { FitCap = 60 }, [.. rules.Reverse()]), lead);

        Assert.Equal(forward, backward with { Hits = forward.Hits });
        Assert.Equal(forward.Hits, backward.Hits);
    }

    [Fact]
    public void Fire_LargeBatch_SplitsIntoSessionsAndScoresEveryLead()
    {
        var engine = EngineWith(new ScoringOptions { BatchSize = 10 }, Score(1, "Lead.Employees > 50", 10));
        LeadFact[] leads = [.. Enumerable.Range(1, 95).Select(i => new LeadFact { Id = i, Employees = i })];

        var result = engine.EvaluateLeads(new LeadBatch(leads), Now);

        Assert.Equal(45, result.Results.Count(r => r.Fit == 10));
        Assert.Equal(leads.Select(l => l.Id), result.Results.Select(r => r.LeadId));
    }
}
