using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Leads;

/// <summary>Turns the scoring rules that matched a lead into fit and engagement points and a grade.</summary>
public static class LeadScoreCalculator
{
    public static LeadScore Calculate(LeadFact lead, IReadOnlyList<RuleMatch> matches, int version, ScoringOptions options)
    {
        var decay = options.DecayEngagementPoints && lead.DaysSinceLastActivity is { } days
            ? EngagementSummary.DecayWeight(days, options.EngagementHalfLifeDays)
            : 1.0;
        var points = PointsLedger.Settle(matches, version, options.DimensionCap, d => d == ScoreDimension.Engagement ? decay : 1.0);
        var (gradeRule, gradeHits) = PointsLedger.Settle<SetGrade>(matches, version);
        var fit = points.Where(h => h.Dimension == ScoreDimension.Fit).Sum(h => h.Points);
        var engagement = points.Where(h => h.Dimension == ScoreDimension.Engagement).Sum(h => h.Points);
        var grade = gradeRule?.Grade ?? GradeFor(fit, options);
        return new LeadScore(fit, engagement, grade, [.. points, .. gradeHits]);
    }

    public static LeadGrade GradeFor(int fit, ScoringOptions options) =>
        fit >= options.GradeA ? LeadGrade.A
        : fit >= options.GradeB ? LeadGrade.B
        : fit >= options.GradeC ? LeadGrade.C
        : LeadGrade.D;
}
