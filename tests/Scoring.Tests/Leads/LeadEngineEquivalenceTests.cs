using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Leads;

/// <summary>The engine (NRules, sessions of 1,000 leads) against a plain loop over the same compiled conditions.</summary>
public class LeadEngineEquivalenceTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ScoringOptions Options = new() { FitCap = 60, EngagementCap = 50 };

    [Fact]
    public void EvaluateLeads_TenThousandGeneratedLeads_EqualsPlainEvaluation()
    {
        var batch = LeadGenerator.Generate(10_000, seed: 20250601);
        var engine = EngineWith(Options, [.. DefaultRules.For(RuleSetKind.LeadScoring), .. DefaultRules.For(RuleSetKind.LeadRouting)]);
        var scoring = engine.Current(RuleSetKind.LeadScoring);
        var routing = engine.Current(RuleSetKind.LeadRouting);

        var actual = engine.EvaluateLeads(batch, Now).Results;

        var expected = batch.Leads.Select(lead => Reference(batch.Narrow([lead]), lead, scoring, routing)).ToList();
        Assert.Equal(expected, actual.Select(r => (r.LeadId, r.Fit, r.Engagement, r.Total, r.Grade, r.Stage, r.Team, r.NurtureTrack, r.CreateSuspectAccount)));
        Assert.Contains(actual, r => r.Hits.Any(h => h.Effect.Contains("cap", StringComparison.Ordinal)));
        Assert.Equal([LeadStage.Nurture, LeadStage.Mql, LeadStage.Sql, LeadStage.Disqualified], actual.Select(r => r.Stage).Distinct().Order());
        Assert.Contains(actual, r => r.CreateSuspectAccount);
    }

    [Fact]
    public void EvaluateLeads_TenThousandGeneratedLeads_AppliedHitsAddUpAndSayWhyTheOthersDidNotCount()
    {
        var batch = LeadGenerator.Generate(10_000, seed: 20250601);
        var engine = EngineWith(Options, [.. DefaultRules.For(RuleSetKind.LeadScoring), .. DefaultRules.For(RuleSetKind.LeadRouting)]);

        var actual = engine.EvaluateLeads(batch, Now).Results;

        foreach (var result in actual)
        {
            Assert.Equal(result.Total, result.Hits.Where(h => h.Applied).Sum(h => h.Points));
            Assert.Equal(result.Fit, result.Hits.Where(h => h.Applied && h.Dimension == ScoreDimension.Fit).Sum(h => h.Points));
            Assert.All(result.Hits, h => Assert.Equal(h.Applied, h.Reason is null));
            Assert.All(result.Hits.Where(h => !h.Applied && h.Dimension is not null), h => Assert.Equal(0, h.Points));
            // The route a lead got is the one applied routing hit that routes; every route below it lost on priority.
            var routes = result.Hits.Where(h => h.RuleSet == RuleSetKind.LeadRouting && h.Effect.StartsWith("route to ", StringComparison.Ordinal)).ToList();
            var winner = routes.Where(h => h.Applied).ToList();
            Assert.Equal(result.Team is null ? 0 : 1, winner.Count);
            if (result.Team is { } team)
                Assert.StartsWith("route to " + team, winner[0].Effect, StringComparison.Ordinal);
            Assert.All(routes.Skip(1), h => Assert.False(h.Applied));
            Assert.All(routes.Skip(1).Where(_ => result.Team is not null), h => Assert.Equal(RuleHitReason.OverruledByPriority, h.Reason));
        }
        var reasons = actual.SelectMany(r => r.Hits).Where(h => !h.Applied).Select(h => h.Reason!.Value).Distinct().Order().ToList();
        Assert.Equal([RuleHitReason.OverruledByPriority, RuleHitReason.Capped, RuleHitReason.DecayedToZero, RuleHitReason.Disqualified, RuleHitReason.AboveNurtureBar], reasons);
    }

    private static (int, int, int, int, LeadGrade, LeadStage, string?, string?, bool) Reference(LeadBatch related, LeadFact lead, CompiledRuleSet scoring, CompiledRuleSet routing)
    {
        var scoreMatches = Matches(scoring, lead, related);
        var decay = lead.DaysSinceLastActivity is { } days ? Math.Pow(0.5, days / Options.EngagementHalfLifeDays) : 1.0;
        var fit = Points(scoreMatches, ScoreDimension.Fit, Options.FitCap, 1.0);
        var engagement = Points(scoreMatches, ScoreDimension.Engagement, Options.EngagementCap, decay);
        var grade = scoreMatches.Select(m => m.Spec.Then).OfType<SetGrade>().FirstOrDefault()?.Grade
            ?? (fit >= 60 ? LeadGrade.A : fit >= 40 ? LeadGrade.B : fit >= 20 ? LeadGrade.C : LeadGrade.D);

        var scored = lead with { FitScore = fit, EngagementScore = engagement, Score = fit + engagement, Grade = grade };
        var routeMatches = Matches(routing, scored, related).Select(m => m.Spec.Then).ToList();
        var stage = routeMatches.OfType<SetStage>().FirstOrDefault()?.Stage
            ?? (scored.Score >= 80 ? LeadStage.Sql : scored.Score >= 50 ? LeadStage.Mql : scored.Score >= 1 ? LeadStage.Nurture : LeadStage.New);
        var track = stage is LeadStage.New or LeadStage.Nurture ? routeMatches.OfType<Nurture>().FirstOrDefault()?.Track : null;
        if (track is not null)
            stage = LeadStage.Nurture;
        var team = stage == LeadStage.Disqualified ? null : routeMatches.OfType<Route>().FirstOrDefault()?.Team;
        var createAccount = stage != LeadStage.Disqualified && lead.AccountId is null && routeMatches.OfType<CreateSuspectAccount>().Any();
        return (lead.Id, fit, engagement, fit + engagement, grade, stage, team, track, createAccount);
    }

    /// <summary>Rules whose condition holds, in precedence order, with how many account/contact combinations matched.</summary>
    private static List<(RuleSpec Spec, int Count)> Matches(CompiledRuleSet rules, LeadFact lead, LeadBatch related)
    {
        var result = new List<(RuleSpec, int)>();
        foreach (var rule in rules.Rules.OrderByDescending(r => r.Spec.Priority).ThenBy(r => r.Spec.Name, StringComparer.Ordinal).ThenBy(r => r.Spec.Id))
        {
            var evaluate = (Func<LeadFact, AccountFact?, ContactFact?, bool>)rule.Evaluate;
            AccountFact?[] accounts = rule.Condition.FactIndexes.Contains(1) ? [.. related.Accounts] : [null];
            ContactFact?[] contacts = rule.Condition.FactIndexes.Contains(2) ? [.. related.Contacts] : [null];
            var count = 0;
            foreach (var account in accounts)
            {
                foreach (var contact in contacts)
                {
                    if (SafeEvaluate(evaluate, lead, account, contact))
                        count++;
                }
            }
            if (count > 0)
                result.Add((rule.Spec, count));
        }
        return result;
    }

    private static bool SafeEvaluate(Func<LeadFact, AccountFact?, ContactFact?, bool> evaluate, LeadFact lead, AccountFact? account, ContactFact? contact)
    {
        try
        {
            return evaluate(lead, account, contact);
        }
        catch (Exception e) when (e is NullReferenceException or DivideByZeroException or InvalidOperationException)
        {
            return false;
        }
    }

    private static int Points(List<(RuleSpec Spec, int Count)> matches, ScoreDimension dimension, int cap, double decay)
    {
        var contributions = new List<int>();
        foreach (var (spec, count) in matches)
        {
            if (spec.Then is not AddPoints add || add.Dimension != dimension)
                continue;
            var points = add.Points * count;
            if (add.Cap is { } ruleCap)
                points = Math.Clamp(points, -ruleCap, ruleCap);
            contributions.Add((int)Math.Round(points * decay, MidpointRounding.AwayFromZero));
        }
        return Math.Min(contributions.Sum(), cap);
    }
}
