namespace SalesGraph.Data.Accounts;

/// <summary>Revenue and gross margin booked on an account in one period (a month), for lifetime value and the customer pyramid.</summary>
public class RevenueLine
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    /// <summary>First day of the period, UTC midnight.</summary>
    public DateTime PeriodStart { get; set; }
    public decimal Revenue { get; set; }
    public decimal GrossMargin { get; set; }
}
