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
        var points = PointsLedger.Settle(matches, version, options, decay);
        int fit = 0, engagement = 0;
        foreach (var hit in points)
        {
            if (hit.Dimension == ScoreDimension.Fit)
                fit += hit.Points;
            else if (hit.Dimension == ScoreDimension.Engagement)
                engagement += hit.Points;
        }
        var grade = GradeFor(fit, options);
        if (HasGradeRule(matches))
        {
            var (gradeRule, gradeHits) = PointsLedger.Settle<SetGrade>(matches, version);
            grade = gradeRule!.Grade;
            points.AddRange(gradeHits);
        }
        return new LeadScore(fit, engagement, grade, points);
    }

    private static bool HasGradeRule(IReadOnlyList<RuleMatch> matches)
    {
        foreach (var match in matches)
        {
            if (match.Rule.Spec.Then is SetGrade)
                return true;
        }
        return false;
    }

    public static LeadGrade GradeFor(int fit, ScoringOptions options) =>
        fit >= options.GradeA ? LeadGrade.A
        : fit >= options.GradeB ? LeadGrade.B
        : fit >= options.GradeC ? LeadGrade.C
        : LeadGrade.D;
}
