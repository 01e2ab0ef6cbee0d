namespace SalesGraph.Scoring.Customers;

/// <summary>Revenue and gross margin booked in one period (a month).</summary>
public sealed record RevenuePeriod(DateTime PeriodStart, decimal Revenue, decimal GrossMargin);
