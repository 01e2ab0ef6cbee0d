using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Leads;

public class LeadRoutingTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static LeadEvaluation Single(Scoring.Engine.RuleEngine engine, LeadFact lead, AccountFact[]? accounts = null) =>
        Assert.Single(engine.EvaluateLeads(new LeadBatch([lead], accounts ?? [], []), Now).Results);

    [Fact]
    public void Route_ConflictingRoutes_HighestPriorityWins()
    {
        var engine = EngineWith(null,
            Routing(1, "Lead.Country == \"NL\"", new Route("Benelux Sales", 48), 40),
            Routing(2, "Lead.Employees >= 1000", new Route("Enterprise EMEA", 24), 60));

        var result = Single(engine, new LeadFact { Id = 1, Country = "NL", Employees = 5000 });

        Assert.Equal(("Enterprise EMEA", 24, Now.AddHours(24)), (result.Team, result.SlaHours, result.FollowUpDueAt));
        Assert.Equal([(true, null), (false, RuleHitReason.OverruledByPriority)], result.Hits.Select(h => (h.Applied, h.Reason)));
    }

    [Fact]
    public void Route_TieOnPriority_BrokenByNameThenId()
    {
        var engine = EngineWith(null,
            Routing(5, "true", new Route("Team B"), 10, "same name"),
            Routing(3, "true", new Route("Team A"), 10, "same name"),
            Routing(1, "true", new Route("Team Z"), 10, "z last by name"));

        var result = Single(engine, new LeadFact { Id = 1 });

        Assert.Equal("Team A", result.Team);
    }

    [Fact]
    public void Route_WithoutSla_UsesTheDefaultSla()
    {
        var engine = EngineWith(new ScoringOptions { DefaultSlaHours = 36 }, Routing(1, "true", new Route("Inside Sales")));

        Assert.Equal(Now.AddHours(36), Single(engine, new LeadFact { Id = 1 }).FollowUpDueAt);
    }

    [Theory]
    [InlineData(0, LeadStage.New)]
    [InlineData(10, LeadStage.Nurture)]
    [InlineData(50, LeadStage.Mql)]
    [InlineData(85, LeadStage.Sql)]
    public void Route_Score_StageFromThresholds(int points, LeadStage stage)
    {
        var engine = EngineWith(null, Score(1, "true", points));

        Assert.Equal(stage, Single(engine, new LeadFact { Id = 1 }).Stage);
    }

    [Fact]
    public void Route_RoutingRuleReadsTheScore_AfterScoring()
    {
        var engine = EngineWith(null, Score(1, "Lead.Employees > 100", 45), Score(2, "Lead.FormPosts > 0", 20, ScoreDimension.Engagement),
            Routing(3, "Lead.Score >= 60 && Lead.Grade == \"B\"", new SetStage(LeadStage.Sql)));

        var result = Single(engine, new LeadFact { Id = 1, Employees = 500, FormPosts = 1 });

        Assert.Equal((65, LeadGrade.B, LeadStage.Sql), (result.Total, result.Grade, result.Stage));
    }

    [Fact]
    public void Route_DisqualifiedLead_IsNotRouted()
    {
        var engine = EngineWith(null, Routing(1, "Lead.IsFreeMail", new SetStage(LeadStage.Disqualified), 100), Routing(2, "true", new Route("Inside Sales")));

        var result = Single(engine, new LeadFact { Id = 1, IsFreeMail = true });

        Assert.Equal((LeadStage.Disqualified, (string?)null), (result.Stage, result.Team));
    }

    [Fact]
    public void Route_LeadBelowTheBar_GetsTheNurtureTrackOfHighestPriority()
    {
        var engine = EngineWith(null, Routing(1, "true", new Nurture("Early education"), 10), Routing(2, "Lead.DaysSinceLastActivity > 60", new Nurture("Re-engagement"), 30));

        var result = Single(engine, new LeadFact { Id = 1, DaysSinceLastActivity = 90 });

        Assert.Equal((LeadStage.Nurture, "Re-engagement"), (result.Stage, result.NurtureTrack));
    }

    [Fact]
    public void Route_QualifiedLead_GetsNoNurtureTrack()
    {
        var engine = EngineWith(null, Score(1, "true", 60), Routing(2, "true", new Nurture("Early education")));

        var result = Single(engine, new LeadFact { Id = 1 });

        Assert.Equal((LeadStage.Mql, (string?)null), (result.Stage, result.NurtureTrack));
        var hit = result.Hits.Single(h => h.RuleSet == RuleSetKind.LeadRouting);
        Assert.Equal((false, RuleHitReason.AboveNurtureBar, "nurture track Early education"), (hit.Applied, hit.Reason, hit.Effect));
    }

    [Fact]
    public void Route_CustomerDomainJoin_RoutesToAccountManagement()
    {
        var rules = DefaultRules.For(RuleSetKind.LeadRouting).ToArray();
        var engine = EngineWith(null, rules);

        var result = Single(engine, new LeadFact { Id = 1, EmailDomain = "acme.nl", Country = "NL" }, [new AccountFact { Id = 2, Domain = "acme.nl", IsCustomer = true }]);

        Assert.Equal(("Account Management", 24), (result.Team, result.SlaHours));
    }

    [Fact]
    public void Route_CreateSuspectAccountForLeadWithoutAccount_AsksForTheAccount()
    {
        var engine = EngineWith(null, Routing(1, "Lead.Domain != null", new CreateSuspectAccount()));

        var result = Single(engine, new LeadFact { Id = 1, Domain = "newco.io", Company = "NewCo" });

        Assert.True(result.CreateSuspectAccount);
        var hit = Assert.Single(result.Hits);
        Assert.Equal((true, (RuleHitReason?)null, "create a suspect account for the company"), (hit.Applied, hit.Reason, hit.Effect));
    }

    [Fact]
    public void Route_CreateSuspectAccountForLeadWithAccount_IsNotApplied()
    {
        var engine = EngineWith(null, Routing(1, "true", new CreateSuspectAccount()));

        var result = Single(engine, new LeadFact { Id = 1, AccountId = 4, Domain = "known.io" });

        Assert.False(result.CreateSuspectAccount);
        var hit = Assert.Single(result.Hits);
        Assert.Equal((false, RuleHitReason.HasAccount, "create a suspect account for the company"), (hit.Applied, hit.Reason, hit.Effect));
    }

    [Fact]
    public void Route_CreateSuspectAccountForDisqualifiedLead_IsNotApplied()
    {
        var engine = EngineWith(null, Routing(1, "true", new SetStage(LeadStage.Disqualified), 100), Routing(2, "true", new CreateSuspectAccount()));

        var result = Single(engine, new LeadFact { Id = 1, Domain = "newco.io" });

        Assert.False(result.CreateSuspectAccount);
        var hit = Assert.Single(result.Hits, h => h.Effect == "create a suspect account for the company");
        Assert.Equal((false, RuleHitReason.Disqualified), (hit.Applied, hit.Reason));
    }

    [Fact]
    public void Route_NoCreateRuleMatches_CreatesNoAccount()
    {
        var engine = EngineWith(null, Routing(1, "Lead.Employees >= 1000", new CreateSuspectAccount()), Routing(2, "true", new Route("Inside Sales")));

        var result = Single(engine, new LeadFact { Id = 1, Employees = 10, Domain = "small.io" });

        Assert.Equal((false, "Inside Sales"), (result.CreateSuspectAccount, result.Team));
    }

    [Theory]
    [InlineData("newco.io", "NewCo", false, null, true)]
    [InlineData("newco.io", "NewCo", false, 7, false)]
    [InlineData(null, "NewCo", false, null, false)]
    [InlineData("newco.io", null, false, null, false)]
    [InlineData("gmail.com", "NewCo", true, null, false)]
    public void Route_DefaultRules_SuspectAccountOnlyForGoodFitUnknownCompanyWithDomain(string? domain, string? company, bool freeMail, int? accountId, bool expected)
    {
        var engine = EngineWith(null, [.. DefaultRules.For(RuleSetKind.LeadScoring), .. DefaultRules.For(RuleSetKind.LeadRouting)]);
        var lead = new LeadFact { Id = 1, Domain = domain, Company = company, IsFreeMail = freeMail, AccountId = accountId, Employees = 5000, AnnualRevenue = 20_000_000m, Country = "NL", IsExecutive = true, Industry = "Software" };

        var result = Single(engine, lead, accountId is { } id ? [new AccountFact { Id = id, Domain = domain }] : null);

        Assert.Contains(result.Grade, new[] { LeadGrade.A, LeadGrade.B });
        Assert.Equal(expected, result.CreateSuspectAccount);
    }

    [Fact]
    public void Route_DefaultRules_GradeCLeadFromUnknownCompany_CreatesNoAccount()
    {
        var engine = EngineWith(null, [.. DefaultRules.For(RuleSetKind.LeadScoring), .. DefaultRules.For(RuleSetKind.LeadRouting)]);

        var result = Single(engine, new LeadFact { Id = 1, Domain = "tiny.io", Company = "Tiny", Employees = 5 });

        Assert.Equal((LeadGrade.D, false), (result.Grade, result.CreateSuspectAccount));
    }
}
