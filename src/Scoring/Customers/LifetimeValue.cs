namespace SalesGraph.Scoring.Customers;

/// <summary>Customer lifetime value with a constant margin and retention (Gupta &amp; Lehmann):
/// CLV = m × r / (1 + d − r), m = gross margin of the last 12 months, r = yearly retention, d = yearly discount rate.</summary>
public static class LifetimeValue
{
    public static decimal Calculate(decimal annualMargin, decimal retention, decimal discountRate)
    {
        if (retention is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(retention), retention, "retention is a share from 0 up to (not including) 1");
        if (discountRate < 0)
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, "the discount rate cannot be negative");
        return Math.Round(annualMargin * retention / (1 + discountRate - retention), 2, MidpointRounding.AwayFromZero);
    }
}
