using SalesGraph.Scoring;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Benchmarks.Scoring;

/// <summary>The single-fact default lead-scoring rules as plain C# if-chains: the floor any rule engine is measured against.</summary>
internal static class HandWrittenLeadScorer
{
    public static (int Fit, int Engagement) Score(LeadFact l, ScoringOptions options)
    {
        var fit = 0;
        if (l.Employees >= 1000) fit += 20;
        if (l.Employees >= 100 && l.Employees < 1000) fit += 12;
        if (l.AnnualRevenue >= 10_000_000) fit += 10;
        if (l.Industry is "Software" or "Financial Services" or "Manufacturing" or "Healthcare" or "Education") fit += 10;
        if (l.Country is "NL" or "BE" or "LU" or "DE" or "AT" or "CH" or "GB" or "FR") fit += 10;
        if (l.IsExecutive) fit += 15;
        if (l.IsManager && !l.IsExecutive) fit += 8;
        if (l.Source == LeadSource.Referral) fit += 15;
        if (l.IsFreeMail) fit -= 10;
        var title = l.JobTitle;
        if (title is not null && (title.Contains("student", StringComparison.OrdinalIgnoreCase) || title.Contains("intern", StringComparison.OrdinalIgnoreCase))) fit -= 20;

        var decay = l.DaysSinceLastActivity is { } days ? Math.Pow(0.5, days / options.EngagementHalfLifeDays) : 1.0;
        var engagement = 0;
        void Add(int points) => engagement += (int)Math.Round(points * decay, MidpointRounding.AwayFromZero);
        if (l.FormPosts >= 1) Add(15);
        if (l.FormPosts >= 3) Add(10);
        if (l.MinutesOnSite >= 10) Add(15);
        if (l.MinutesOnSite >= 30) Add(10);
        if (l.Visits >= 5) Add(5);
        if (l.Webinars >= 1) Add(10);
        if (l.EventVisits >= 1) Add(10);
        if (l.Downloads >= 1) Add(5);
        if (l.EmailClicks >= 2) Add(5);
        if (l.EmailOpens >= 3) Add(3);
        if (!l.ConsentEmail) Add(-5);
        if (l.DaysSinceLastActivity > 90) Add(-10);
        return (Math.Min(fit, options.FitCap), Math.Min(engagement, options.EngagementCap));
    }
}
