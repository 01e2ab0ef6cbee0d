using SalesGraph.Data.Rules;

namespace SalesGraph.Data.Tests.Rules;

public class RuleHitsJsonTests
{
    [Fact]
    public void Write_ThenRead_KeepsAppliedAndReason()
    {
        List<RuleHit> hits =
        [
            new() { RuleId = 1, RuleName = "Enterprise", RuleSet = RuleSetKind.LeadRouting, Effect = "route to Enterprise EMEA" },
            new() { RuleId = 2, RuleName = "Benelux", RuleSet = RuleSetKind.LeadRouting, Effect = "route to Benelux Sales", Applied = false, Reason = RuleHitReason.OverruledByPriority },
        ];

        var json = RuleHitsJson.Write(hits);

        Assert.Contains("\"applied\":false,\"reason\":\"OverruledByPriority\"", json, StringComparison.Ordinal);
        Assert.Equal(hits, RuleHitsJson.Read(json));
    }

    [Theory]
    [InlineData("route to Benelux Sales (overruled by a rule of higher priority)", 0, RuleHitReason.OverruledByPriority, "route to Benelux Sales")]
    [InlineData("route to Inside Sales (not applied: disqualified)", 0, RuleHitReason.Disqualified, "route to Inside Sales")]
    [InlineData("create a suspect account for the company (not applied: the lead has an account)", 0, RuleHitReason.HasAccount, "create a suspect account for the company")]
    [InlineData("route to Bid Team (not applied: no bid)", 0, RuleHitReason.NoBid, "route to Bid Team")]
    [InlineData("nurture track Early education (not applied: stage Mql)", 0, RuleHitReason.AboveNurtureBar, "nurture track Early education")]
    [InlineData("+10 Fit; 10 over the Fit cap of 60", 0, RuleHitReason.Capped, "+10 Fit; 10 over the Fit cap of 60")]
    [InlineData("+2 Engagement (decayed ×0.02)", 0, RuleHitReason.DecayedToZero, "+2 Engagement (decayed ×0.02)")]
    public void Read_JsonStoredBeforeAppliedExisted_DerivesAppliedAndReasonFromTheEffect(string effect, int points, RuleHitReason reason, string rest)
    {
        var json = $$"""[{"ruleId":4,"ruleName":"old","ruleSet":"LeadRouting","points":{{points}},"effect":"{{effect}}"}]""";

        var hit = Assert.Single(RuleHitsJson.Read(json));

        Assert.Equal((false, (RuleHitReason?)reason, rest), (hit.Applied, hit.Reason, hit.Effect));
    }

    [Theory]
    [InlineData("+15 Fit", 15)]
    [InlineData("+10 Fit; 5 over the Fit cap of 60", 5)]
    [InlineData("+0 Engagement (decayed ×0.50)", 0)]
    [InlineData("route to Enterprise EMEA within 24 h", 0)]
    [InlineData(null, 20)]
    public void Read_JsonStoredBeforeAppliedExisted_IsAppliedWhenTheEffectSaysNothingElse(string? effect, int points)
    {
        var json = effect is null
            ? $$"""[{"ruleName":"old","points":{{points}}}]"""
            : $$"""[{"ruleName":"old","points":{{points}},"effect":"{{effect}}"}]""";

        var hit = Assert.Single(RuleHitsJson.Read(json));

        Assert.Equal((true, (RuleHitReason?)null, effect), (hit.Applied, hit.Reason, hit.Effect));
    }
}
