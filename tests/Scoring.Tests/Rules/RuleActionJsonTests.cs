using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tests.Rules;

public class RuleActionJsonTests
{
    public static TheoryData<string, RuleAction> Actions => new()
    {
        { "{\"addPoints\":{\"dimension\":\"Fit\",\"points\":10,\"cap\":20}}", new AddPoints(ScoreDimension.Fit, 10, 20) },
        { "{\"addPoints\":{\"dimension\":\"Engagement\",\"points\":-5}}", new AddPoints(ScoreDimension.Engagement, -5) },
        { "{\"route\":{\"team\":\"Enterprise EMEA\",\"slaHours\":24}}", new Route("Enterprise EMEA", 24) },
        { "{\"setStage\":\"Mql\"}", new SetStage(LeadStage.Mql) },
        { "{\"nurture\":\"Early education\"}", new Nurture("Early education") },
        { "{\"decide\":\"Bid\"}", new Decide(BidDecision.Bid) },
        { "{\"tag\":\"Retain\"}", new Tag(StrategyTag.Retain) },
        { "{\"setGrade\":\"A\"}", new SetGrade(LeadGrade.A) },
        { "{\"createSuspectAccount\":true}", new CreateSuspectAccount() },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void Parse_EachActionShape_ReadsTheAction(string json, RuleAction expected)
    {
        Assert.Equal(expected, RuleActionJson.Parse(json).Action);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Write_EachAction_RoundTrips(string json, RuleAction action)
    {
        Assert.Equal(json, RuleActionJson.Write(action));
    }

    [Theory]
    [InlineData("{\"addPoints\":{\"dimension\":\"Fit\",\"points\":10", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{\"setStage\":\"Mql\",\"tag\":\"Retain\"}", "exactly one action (found 2)")]
    [InlineData("{\"addPoint\":{\"dimension\":\"Fit\",\"points\":10}}", "unknown action 'addPoint' (did you mean 'addPoints'?)")]
    [InlineData("{\"addPoints\":{\"dimension\":\"Fitt\",\"points\":10}}", "addPoints.dimension 'Fitt' is not one of Fit, Engagement, Bid (did you mean 'Fit'?)")]
    [InlineData("{\"addPoints\":{\"dimension\":\"Fit\",\"points\":\"ten\"}}", "addPoints.points must be a whole number")]
    [InlineData("{\"addPoints\":{\"dimension\":\"Fit\"}}", "addPoints needs points")]
    [InlineData("{\"addPoints\":{\"dimension\":\"Fit\",\"points\":1,\"cab\":3}}", "has no setting 'cab'")]
    [InlineData("{\"route\":{\"slaHours\":24}}", "route needs a team name")]
    [InlineData("{\"route\":{\"team\":\"X\",\"slaHours\":0}}", "slaHours must be more than 0")]
    [InlineData("{\"setStage\":\"Hot\"}", "setStage 'Hot' is not one of New, Nurture, Mql, Sql, Disqualified")]
    [InlineData("", "the action is empty")]
    [InlineData("{\"createSuspectAccount\":false}", "createSuspectAccount takes true, not false")]
    [InlineData("{\"createSuspectAccount\":{}}", "createSuspectAccount takes true, not {}")]
    public void Parse_BadJson_ReturnsClearError(string json, string expected)
    {
        var result = RuleActionJson.Parse(json);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(RuleError.Then, result.Error.Part);
    }

    [Fact]
    public void Validate_ActionOfAnotherRuleSet_IsRefused()
    {
        var result = RuleValidator.Validate(RuleSetKind.LeadScoring, "Lead.Employees > 5", "{\"decide\":\"Bid\"}");

        Assert.Contains("cannot be used in LeadScoring rules", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleSetKind.LeadRouting, true)]
    [InlineData(RuleSetKind.LeadScoring, false)]
    [InlineData(RuleSetKind.TenderEvaluation, false)]
    public void Validate_CreateSuspectAccount_OnlyInLeadRouting(RuleSetKind kind, bool valid)
    {
        var result = RuleValidator.Validate(kind, "true", "{\"createSuspectAccount\":true}");

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Validate_BrokenConditionAndAction_ReportsBoth()
    {
        var result = RuleValidator.Validate(RuleSetKind.LeadScoring, "Lead.Employes > 5", "{\"setStage\":");

        Assert.Equal([RuleError.When, RuleError.Then], result.Errors.Select(e => e.Part));
    }

    [Fact]
    public void RuleSetJson_WriteThenRead_RoundTripsTheDefaults()
    {
        var json = RuleSetJson.Write(DefaultRules.All);

        var (rules, errors) = RuleSetJson.Read(json);

        Assert.Empty(errors);
        Assert.Equal(DefaultRules.All, rules);
    }
}
