using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>L2-regularised logistic regression on 0/1 rule-hit indicators, minimised with MathNet.Numerics' L-BFGS.
/// Objective per lead: log(1 + e^z) − y·z, plus <c>L2 / 2 · Σ β²</c> over the rule coefficients (not the intercept), all divided by
/// the number of leads so the tolerances do not depend on the sample size.</summary>
public static class LogisticFit
{
    /// <summary>Ridge strength: a prior of N(0, 1) on each coefficient; it keeps a rule that hits a handful of leads (or all
    /// converted ones) from running off to infinity and moves little where a rule hits hundreds.</summary>
    public const double DefaultL2 = 1.0;

    /// <param name="rows">Which rows take part (the train side); all when null.</param>
    /// <param name="extra">An extra 0/1 column (a candidate rule), fitted as the last coefficient.</param>
    public static PointsModel Fit(HitMatrix hits, IReadOnlyList<bool> converted, bool[]? rows = null, bool[]? extra = null, double l2 = DefaultL2, PointsModel? start = null)
    {
        var k = hits.ColumnCount + (extra is null ? 0 : 1);
        var n = 0;
        for (var i = 0; i < hits.RowCount; i++)
            n += rows is null || rows[i] ? 1 : 0;
        var initial = Vector<double>.Build.Dense(k + 1);
        if (start is not null)
        {
            initial[0] = start.Intercept;
            for (var j = 0; j < Math.Min(k, start.Coefficients.Length); j++)
                initial[j + 1] = start.Coefficients[j];
        }
        var gradient = new double[k + 1];
        var objective = ObjectiveFunction.Gradient(beta =>
        {
            Array.Clear(gradient);
            double loss = 0;
            var b = beta.AsArray() ?? beta.ToArray();
            for (var i = 0; i < hits.RowCount; i++)
            {
                if (rows is not null && !rows[i])
                    continue;
                var row = hits.Row(i);
                var z = b[0];
                foreach (var c in row)
                    z += b[c + 1];
                var hasExtra = extra is not null && extra[i];
                if (hasExtra)
                    z += b[k];
                var y = converted[i] ? 1.0 : 0.0;
                // log(1 + e^z) without overflow.
                loss += (z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z))) - y * z;
                var residual = 1 / (1 + Math.Exp(-z)) - y;
                gradient[0] += residual;
                foreach (var c in row)
                    gradient[c + 1] += residual;
                if (hasExtra)
                    gradient[k] += residual;
            }
            for (var j = 1; j <= k; j++)
            {
                loss += l2 / 2 * b[j] * b[j];
                gradient[j] += l2 * b[j];
            }
            for (var j = 0; j <= k; j++)
                gradient[j] /= n;
            return (loss / n, Vector<double>.Build.Dense([.. gradient]));
        });
        var result = new LimitedMemoryBfgsMinimizer(1e-8, 1e-10, 1e-12, 10, 500).FindMinimum(objective, initial);
        var point = result.MinimizingPoint;
        return new PointsModel(point[0], [.. Enumerable.Range(1, k).Select(j => point[j])], result.Iterations);
    }

    /// <summary>Scorecard points for a coefficient: <paramref name="pointsToDoubleTheOdds"/> points per doubling of the odds
    /// (points = β × PDO / ln 2), rounded half away from zero.</summary>
    public static int Points(double coefficient, int pointsToDoubleTheOdds) =>
        (int)Math.Round(coefficient * pointsToDoubleTheOdds / Math.Log(2), MidpointRounding.AwayFromZero);
}
