using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Tests.Rules;

/// <summary>Publishing swaps in the set it compiled, without compiling it again.</summary>
public sealed class RuleEngineSwapTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Swap_CompiledNewerVersion_RunsThatVeryCompiledSet()
    {
        var (host, engine) = Services();
        var newer = RuleSetCompiler.Compile(ScoringKind.CustomerStrategy, engine.Current(ScoringKind.CustomerStrategy).Version + 1, DefaultRules.For(ScoringKind.CustomerStrategy).Take(1)).RuleSet!;

        Assert.True(host.Swap(newer));
        Assert.Same(newer, engine.Current(ScoringKind.CustomerStrategy));
    }

    [Fact]
    public void Swap_VersionNotNewerThanTheRunningOne_KeepsTheRunningOne()
    {
        var (host, engine) = Services();
        var running = engine.Current(ScoringKind.LeadRouting);

        Assert.False(host.Swap(RuleSetCompiler.Compile(ScoringKind.LeadRouting, running.Version, []).RuleSet!));
        Assert.Same(running, engine.Current(ScoringKind.LeadRouting));
    }

    private (RuleEngineHost Host, RuleEngine Engine) Services()
    {
        _ = api.Server;
        return (api.Services.GetRequiredService<RuleEngineHost>(), api.Services.GetRequiredService<RuleEngine>());
    }
}
