using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Customers;

/// <summary>Curry's customer pyramid over the whole base. Active customers (revenue in the last 12 months) ranked by that revenue:
/// top 1 % Top, next 4 % Large, next 15 % Medium, the rest Small (shares rounded up, so a base of one still has a Top customer).
/// Customers without revenue in 12 months are Inactive; non-customers are Prospect when they show interest (open lead or opportunity), else Suspect.</summary>
public static class CustomerPyramid
{
    public sealed record Member(int Id, bool IsCustomer, decimal Revenue12Months, bool Interested);

    public sealed record Placement(CustomerPyramidTier Tier, double? Percentile);

    public static IReadOnlyDictionary<int, Placement> Assign(IEnumerable<Member> members)
    {
        var all = members.ToList();
        var active = all.Where(m => m.Revenue12Months > 0).OrderByDescending(m => m.Revenue12Months).ThenBy(m => m.Id).ToList();
        var n = active.Count;
        int Cut(double share) => (int)Math.Ceiling(n * share);
        var (top, large, medium) = (Cut(0.01), Cut(0.05), Cut(0.20));
        var result = new Dictionary<int, Placement>(all.Count);
        for (var i = 0; i < n; i++)
        {
            var tier = i < top ? CustomerPyramidTier.Top : i < large ? CustomerPyramidTier.Large : i < medium ? CustomerPyramidTier.Medium : CustomerPyramidTier.Small;
            result[active[i].Id] = new Placement(tier, Math.Round(100.0 * i / n, 2));
        }
        foreach (var m in all.Where(m => !result.ContainsKey(m.Id)))
        {
            var tier = m.IsCustomer ? CustomerPyramidTier.Inactive : m.Interested ? CustomerPyramidTier.Prospect : CustomerPyramidTier.Suspect;
            result[m.Id] = new Placement(tier, null);
        }
        return result;
    }
}
