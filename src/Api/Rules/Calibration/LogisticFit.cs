using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>L2-regularised logistic regression on 0/1 rule-hit indicators, minimised with MathNet.Numerics' Newton minimiser on the
/// exact gradient and Hessian (IRLS: each step solves (X'WX + λI) δ = ∇, which MathNet does by LU). Objective per lead:
/// log(1 + e^z) − y·z, plus <c>L2 / 2 · Σ β²</c> over the rule coefficients (not the intercept), all divided by the number of leads so
/// the tolerance does not depend on the sample size. The objective is convex and, with the ridge, strictly so: Newton converges in a
/// handful of passes over the hits (5 to 7 on 100,000 leads and 50 rules) where L-BFGS needed about a hundred, to the same minimum
/// (docs/performance.md, "Calibration").</summary>
public static class LogisticFit
{
    /// <summary>Ridge strength: a prior of N(0, 1) on each coefficient; it keeps a rule that hits a handful of leads (or all
    /// converted ones) from running off to infinity and moves little where a rule hits hundreds.</summary>
    public const double DefaultL2 = 1.0;

    /// <summary>Stop when the gradient of the per-lead objective is this small (Newton's last step is then below 1e-9).</summary>
    public const double GradientTolerance = 1e-9;

    public const int MaximumIterations = 100;

    /// <param name="rows">Which rows take part (the train side); all when null.</param>
    /// <param name="extra">An extra 0/1 column (a candidate rule), fitted as the last coefficient.</param>
    public static PointsModel Fit(HitMatrix hits, IReadOnlyList<bool> converted, bool[]? rows = null, bool[]? extra = null, double l2 = DefaultL2, PointsModel? start = null)
    {
        var k = hits.ColumnCount + (extra is null ? 0 : 1);
        var size = k + 1;
        var n = 0;
        for (var i = 0; i < hits.RowCount; i++)
            n += rows is null || rows[i] ? 1 : 0;
        var initial = Vector<double>.Build.Dense(size);
        if (start is not null)
        {
            initial[0] = start.Intercept;
            for (var j = 0; j < Math.Min(k, start.Coefficients.Length); j++)
                initial[j + 1] = start.Coefficients[j];
        }
        var columns = new int[size];
        var objective = ObjectiveFunction.GradientHessian(beta =>
        {
            var gradient = new double[size];
            // Column-major; the lower triangle is summed, then mirrored.
            var hessian = new double[size * size];
            double loss = 0;
            var b = beta.AsArray() ?? beta.ToArray();
            for (var i = 0; i < hits.RowCount; i++)
            {
                if (rows is not null && !rows[i])
                    continue;
                // The columns of the row as parameter indexes, ascending: the intercept, the rules that hit, the extra column.
                var row = hits.Row(i);
                var count = 0;
                columns[count++] = 0;
                foreach (var c in row)
                    columns[count++] = c + 1;
                if (extra is not null && extra[i])
                    columns[count++] = k;
                var z = 0.0;
                for (var a = 0; a < count; a++)
                    z += b[columns[a]];
                var y = converted[i] ? 1.0 : 0.0;
                // log(1 + e^z) without overflow.
                loss += (z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z))) - y * z;
                var p = 1 / (1 + Math.Exp(-z));
                var residual = p - y;
                var w = p * (1 - p);
                for (var a = 0; a < count; a++)
                {
                    var ca = columns[a];
                    gradient[ca] += residual;
                    var column = ca * size;
                    for (var c = a; c < count; c++)
                        hessian[column + columns[c]] += w;
                }
            }
            for (var j = 1; j <= k; j++)
            {
                loss += l2 / 2 * b[j] * b[j];
                gradient[j] += l2 * b[j];
                hessian[j * size + j] += l2;
            }
            for (var j = 0; j < size; j++)
            {
                gradient[j] /= n;
                for (var r = j; r < size; r++)
                {
                    var value = hessian[j * size + r] / n;
                    hessian[j * size + r] = value;
                    hessian[r * size + j] = value;
                }
            }
            return (loss / n, Vector<double>.Build.Dense(gradient), Matrix<double>.Build.Dense(size, size, hessian));
        });
        var result = new NewtonMinimizer(GradientTolerance, MaximumIterations).FindMinimum(objective, initial);
        var point = result.MinimizingPoint;
        return new PointsModel(point[0], [.. Enumerable.Range(1, k).Select(j => point[j])], result.Iterations);
    }

    /// <summary>Scorecard points for a coefficient: <paramref name="pointsToDoubleTheOdds"/> points per doubling of the odds
    /// (points = β × PDO / ln 2), rounded half away from zero.</summary>
    public static int Points(double coefficient, int pointsToDoubleTheOdds) =>
        (int)Math.Round(coefficient * pointsToDoubleTheOdds / Math.Log(2), MidpointRounding.AwayFromZero);
}
