using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Customers;

/// <summary>NPS: promoters answer 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors (−100 … 100).</summary>
public static class NetPromoterScore
{
    public static NpsCategory Category(int score) => score switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(score), score, "an NPS answer is 0–10"),
        >= 9 => NpsCategory.Promoter,
        >= 7 => NpsCategory.Passive,
        _ => NpsCategory.Detractor,
    };

    /// <summary>Null without responses; rounded to one decimal.</summary>
    public static decimal? Score(IReadOnlyCollection<int> scores)
    {
        if (scores.Count == 0)
            return null;
        var promoters = scores.Count(s => Category(s) == NpsCategory.Promoter);
        var detractors = scores.Count(s => Category(s) == NpsCategory.Detractor);
        return Math.Round(100m * (promoters - detractors) / scores.Count, 1, MidpointRounding.AwayFromZero);
    }
}
