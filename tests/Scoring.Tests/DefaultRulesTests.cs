using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tests;

public class DefaultRulesTests
{
    [Theory]
    [InlineData(RuleSetKind.LeadScoring)]
    [InlineData(RuleSetKind.LeadRouting)]
    [InlineData(RuleSetKind.TenderEvaluation)]
    [InlineData(RuleSetKind.CustomerStrategy)]
    public void Compile_DefaultRules_HasNoErrors(RuleSetKind kind)
    {
        var result = RuleSetCompiler.Compile(kind, 1, DefaultRules.For(kind));

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal(DefaultRules.For(kind).Count, result.RuleSet!.Rules.Count);
    }

    [Fact]
    public void For_EveryKind_RuleIdsAreUniqueAcrossKinds()
    {
        Assert.Equal(DefaultRules.All.Count, DefaultRules.All.Select(r => r.Id).Distinct().Count());
    }
}
