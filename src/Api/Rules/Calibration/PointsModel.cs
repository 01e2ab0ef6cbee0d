namespace SalesGraph.Api.Rules.Calibration;

/// <summary>A fitted logistic model: log-odds of conversion = intercept + Σ coefficient of each rule that hit (+ the extra column).</summary>
public sealed record PointsModel(double Intercept, double[] Coefficients, int Iterations)
{
    public double LogOdds(ReadOnlySpan<int> hits, bool extra = false)
    {
        var z = Intercept;
        foreach (var c in hits)
            z += Coefficients[c];
        if (extra)
            z += Coefficients[^1];
        return z;
    }
}
