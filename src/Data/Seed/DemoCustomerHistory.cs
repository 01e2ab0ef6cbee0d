namespace SalesGraph.Data.Seed;

/// <summary>Where a Maven customer stands in the relationship cycle of the demo.</summary>
internal enum DemoCustomerKind
{
    /// <summary>Has bought for years and still buys: relationship stage Loyal.</summary>
    Loyal,

    /// <summary>First deal less than a year ago: relationship stage New.</summary>
    New,

    /// <summary>Bought for a while, nothing for more than a year: relationship stage ExCustomer, pyramid tier Inactive.</summary>
    Lapsed,
}

/// <summary>
/// The time line of one Maven customer. The source closes every deal within ten months of 2017; each account's closed deals are
/// spread, in their source order, over this account's own window, so that the demo has customers of seven years next to
/// customers of three months. <see cref="Warp"/> bends the spread: below 1 more of the deals fall late (a growing customer),
/// above 1 more fall early (a shrinking one).
/// </summary>
internal sealed record DemoCustomerHistory(DemoCustomerKind Kind, DateTime FirstClose, DateTime LastClose, double Warp)
{
    private static readonly DateTime SourceFirstClose = new(2017, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SourceLastClose = new(2017, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Shares of the 85 Maven customers (the rest are Loyal); see the table in <see cref="DemoData"/>.</summary>
    public const double NewShare = 0.15;
    public const double LapsedShare = 0.15;

    /// <summary>The demo date of a deal that closed on <paramref name="sourceClosed"/> in the source.</summary>
    public DateTime Close(DateTime sourceClosed)
    {
        var position = Math.Clamp((sourceClosed - SourceFirstClose).TotalDays / (SourceLastClose - SourceFirstClose).TotalDays, 0, 1);
        return FirstClose.AddDays(Math.Round((LastClose - FirstClose).TotalDays * Math.Pow(position, Warp)));
    }

    /// <summary>
    /// Gives every customer a history. New customers are taken from the smaller half (fewest won deals), so that a customer of a
    /// few months does not outrank the loyal base in 12-month revenue; lapsed customers from the rest.
    /// </summary>
    public static Dictionary<string, DemoCustomerHistory> Assign(IReadOnlyList<(string Account, int WonDeals)> customers, DateTime anchor, Random random)
    {
        var bySize = customers.OrderBy(c => c.WonDeals).ThenBy(c => c.Account, StringComparer.Ordinal).Select(c => c.Account).ToList();
        var newCount = (int)Math.Round(customers.Count * NewShare);
        var lapsedCount = (int)Math.Round(customers.Count * LapsedShare);
        var newCustomers = bySize.Take(customers.Count / 2).OrderBy(_ => random.Next()).Take(newCount).ToHashSet();
        var lapsed = bySize.Where(a => !newCustomers.Contains(a)).OrderBy(_ => random.Next()).Take(lapsedCount).ToHashSet();

        var histories = new Dictionary<string, DemoCustomerHistory>(StringComparer.Ordinal);
        foreach (var account in bySize.Order(StringComparer.Ordinal))
        {
            histories[account] = newCustomers.Contains(account) ? New(anchor, random)
                : lapsed.Contains(account) ? Lapsed(anchor, random)
                : Loyal(anchor, random);
        }

        return histories;
    }

    // First deal 2-11 months ago: less than the 12 months after which a customer counts as loyal.
    private static DemoCustomerHistory New(DateTime anchor, Random random) =>
        new(DemoCustomerKind.New, anchor.AddMonths(-random.Next(2, 12)).AddDays(random.Next(0, 20)), anchor, 1.0);

    // Last deal 13-40 months ago, after one to four years of buying.
    private static DemoCustomerHistory Lapsed(DateTime anchor, Random random)
    {
        var last = anchor.AddMonths(-random.Next(13, 41));
        return new(DemoCustomerKind.Lapsed, last.AddMonths(-random.Next(12, 49)), last, 1.0);
    }

    // Two to seven years of deals up to today; a third each growing, steady and shrinking.
    private static DemoCustomerHistory Loyal(DateTime anchor, Random random)
    {
        var first = anchor.AddMonths(-random.Next(24, 85));
        var warp = random.Next(3) switch
        {
            0 => 0.5,
            1 => 1.0,
            _ => 2.0,
        };
        return new(DemoCustomerKind.Loyal, first, anchor, warp);
    }
}
