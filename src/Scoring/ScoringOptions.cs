namespace SalesGraph.Scoring;

/// <summary>Tunable numbers of the scoring model, bound to the "Scoring" configuration section.</summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>Leads (tenders, accounts) per NRules session.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Engagement counts and engagement points halve every this many days.</summary>
    public double EngagementHalfLifeDays { get; set; } = 30;

    /// <summary>Multiply engagement points by 0.5^(days since last activity / half-life).</summary>
    public bool DecayEngagementPoints { get; set; } = true;

    public int FitCap { get; set; } = 100;
    public int EngagementCap { get; set; } = 100;
    public int BidCap { get; set; } = 100;

    /// <summary>Fit score at or above which a lead is graded A, B, C; below C it is D.</summary>
    public int GradeA { get; set; } = 60;
    public int GradeB { get; set; } = 40;
    public int GradeC { get; set; } = 20;

    /// <summary>Total score at or above which a lead is in this stage unless a rule sets the stage.</summary>
    public int NurtureAt { get; set; } = 1;
    public int MqlAt { get; set; } = 50;
    public int SqlAt { get; set; } = 80;

    /// <summary>Follow-up deadline for a route that names none.</summary>
    public int DefaultSlaHours { get; set; } = 48;

    /// <summary>Bid points at or above which a tender is a Bid, or a Review; below, NoBid (unless a rule decides).</summary>
    public int BidAt { get; set; } = 60;
    public int ReviewAt { get; set; } = 40;

    /// <summary>CPV code prefixes the company serves, e.g. "72" (IT services), "48" (software).</summary>
    public List<string> ServedCpvPrefixes { get; set; } = ["72", "48", "30200000", "79400000"];

    /// <summary>Lifetime value = annual margin × retention / (1 + discount rate − retention).</summary>
    public decimal Retention { get; set; } = 0.80m;
    public decimal DiscountRate { get; set; } = 0.10m;

    /// <summary>A customer is New during this many months after the first purchase, then Loyal.</summary>
    public int NewCustomerMonths { get; set; } = 12;

    /// <summary>Without revenue for this many months a customer is inactive (pyramid) and an ex-customer (cycle).</summary>
    public int InactiveAfterMonths { get; set; } = 12;

    public int DimensionCap(Rules.ScoreDimension dimension) => dimension switch
    {
        Rules.ScoreDimension.Fit => FitCap,
        Rules.ScoreDimension.Engagement => EngagementCap,
        _ => BidCap,
    };
}
