using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Customers;

/// <summary>Builds the strategy facts for a whole customer base at once, because the pyramid tier depends on every account's revenue rank.</summary>
public static class CustomerBase
{
    public static IReadOnlyList<CustomerFact> Build(IReadOnlyList<CustomerRecord> records, DateTime now, ScoringOptions options)
    {
        var yearAgo = now.AddMonths(-12);
        var twoYearsAgo = now.AddMonths(-24);
        var summaries = records.Select(r =>
        {
            var bought = r.Revenue.Where(p => p.Revenue > 0).ToList();
            return (Record: r,
                Revenue12: r.Revenue.Where(p => p.PeriodStart > yearAgo && p.PeriodStart <= now).Sum(p => p.Revenue),
                RevenuePrevious: r.Revenue.Where(p => p.PeriodStart > twoYearsAgo && p.PeriodStart <= yearAgo).Sum(p => p.Revenue),
                Margin12: r.Revenue.Where(p => p.PeriodStart > yearAgo && p.PeriodStart <= now).Sum(p => p.GrossMargin),
                Bought: bought);
        }).ToList();
        var pyramid = CustomerPyramid.Assign(summaries.Select(s =>
            new CustomerPyramid.Member(s.Record.Id, s.Record.IsCustomer || s.Bought.Count > 0, s.Revenue12, s.Record.OpenLeads + s.Record.OpenOpportunities > 0)));

        return [.. summaries.Select(s =>
        {
            var r = s.Record;
            int? first = s.Bought.Count > 0 ? MonthsBetween(s.Bought.Min(p => p.PeriodStart), now) : null;
            int? last = s.Bought.Count > 0 ? MonthsBetween(s.Bought.Max(p => p.PeriodStart), now) : null;
            var placement = pyramid[r.Id];
            return new CustomerFact
            {
                Id = r.Id,
                Name = r.Name,
                Domain = r.Domain,
                Industry = r.Industry,
                Country = r.Country,
                Employees = r.Employees,
                IsCustomer = r.IsCustomer || s.Bought.Count > 0,
                Revenue12Months = s.Revenue12,
                RevenuePrevious12Months = s.RevenuePrevious,
                RevenueGrowth = s.RevenuePrevious > 0 ? Math.Round((double)((s.Revenue12 - s.RevenuePrevious) / s.RevenuePrevious * 100), 1) : null,
                RevenueTotal = r.Revenue.Sum(p => p.Revenue),
                Margin12Months = s.Margin12,
                OrderCount = s.Bought.Count,
                MonthsSinceFirstPurchase = first,
                MonthsSinceLastPurchase = last,
                RevenuePercentile = placement.Percentile,
                PyramidTier = placement.Tier,
                RelationshipStage = RelationshipCycle.StageFor(r.IsCustomer, first, last, options),
                Nps = NetPromoterScore.Score(r.NpsScores),
                NpsResponses = r.NpsScores.Count,
                Promoters = r.NpsScores.Count(x => x >= 9),
                Detractors = r.NpsScores.Count(x => x <= 6),
                LifetimeValue = s.Margin12 > 0 ? LifetimeValue.Calculate(s.Margin12, options.Retention, options.DiscountRate) : 0,
                OpenOpportunities = r.OpenOpportunities,
                OpenLeads = r.OpenLeads,
            };
        })];
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/>, never negative.</summary>
    public static int MonthsBetween(DateTime from, DateTime to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }
}
