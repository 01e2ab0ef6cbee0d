namespace SalesGraph.Api.Rules.Backtest;

/// <summary>Leads in a group (a grade or a score decile), how many converted, and the rate.</summary>
public sealed record ConversionRate(string Group, int Leads, int Converted)
{
    public double Rate => Leads == 0 ? 0 : (double)Converted / Leads;
}
