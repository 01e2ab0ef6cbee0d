using SalesGraph.Api.Rules.Calibration;

namespace SalesGraph.Benchmarks.Calibration;

/// <summary>
/// A plain hand-written IRLS (Newton's method) for the same objective as <see cref="LogisticFit"/>: Σ log(1 + e^z) − y·z over the rows
/// that take part, plus λ/2 · Σ β² over the rule coefficients (the intercept is not penalised). Each step solves
/// (X'WX + λI) δ = ∇ by a Cholesky factorisation; stops when no coefficient moves by more than 1e-10.
/// The baseline the product's fit is measured against, nothing more.
/// </summary>
internal static class HandIrls
{
    public static PointsModel Fit(HitMatrix hits, IReadOnlyList<bool> converted, bool[]? rows, double l2 = LogisticFit.DefaultL2)
    {
        var k = hits.ColumnCount + 1;
        var beta = new double[k];
        var gradient = new double[k];
        var hessian = new double[k * k];
        var iterations = 0;
        while (iterations < 100)
        {
            iterations++;
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (var i = 0; i < hits.RowCount; i++)
            {
                if (rows is not null && !rows[i])
                {
                    continue;
                }

                var row = hits.Row(i);
                var z = beta[0];
                foreach (var c in row)
                {
                    z += beta[c + 1];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var residual = p - (converted[i] ? 1 : 0);
                var w = p * (1 - p);
                gradient[0] += residual;
                hessian[0] += w;
                for (var a = 0; a < row.Length; a++)
                {
                    var ca = row[a] + 1;
                    gradient[ca] += residual;
                    hessian[ca * k] += w;
                    // Lower triangle only; the columns of a row are sorted.
                    for (var b = 0; b <= a; b++)
                    {
                        hessian[ca * k + row[b] + 1] += w;
                    }
                }
            }

            for (var j = 1; j < k; j++)
            {
                gradient[j] += l2 * beta[j];
                hessian[j * k + j] += l2;
            }

            var step = CholeskySolve(hessian, gradient, k);
            var moved = 0.0;
            for (var j = 0; j < k; j++)
            {
                beta[j] -= step[j];
                moved = Math.Max(moved, Math.Abs(step[j]));
            }

            if (moved < 1e-10)
            {
                break;
            }
        }

        return new PointsModel(beta[0], beta[1..], iterations);
    }

    /// <summary>Solves A x = b for a symmetric positive definite A given by its lower triangle (row-major, n × n).</summary>
    private static double[] CholeskySolve(double[] a, double[] b, int n)
    {
        var l = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i * n + j];
                for (var m = 0; m < j; m++)
                {
                    sum -= l[i * n + m] * l[j * n + m];
                }

                l[i * n + j] = i == j ? Math.Sqrt(sum) : sum / l[j * n + j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var m = 0; m < i; m++)
            {
                sum -= l[i * n + m] * y[m];
            }

            y[i] = sum / l[i * n + i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var m = i + 1; m < n; m++)
            {
                sum -= l[m * n + i] * x[m];
            }

            x[i] = sum / l[i * n + i];
        }

        return x;
    }
}
