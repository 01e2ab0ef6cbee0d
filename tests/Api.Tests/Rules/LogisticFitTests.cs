using SalesGraph.Api.Rules.Calibration;

namespace SalesGraph.Api.Tests.Rules;

public class LogisticFitTests
{
    [Fact]
    public void Fit_GeneratedHitsWithKnownLogOdds_RecoversTheCoefficients()
    {
        double[] truth = [1.2, -0.8, 0.4, 0.0];
        const double intercept = -1.5;
        var random = new Random(5);
        var hits = new HitMatrix.Builder(truth.Length);
        var converted = new List<bool>();
        for (var i = 0; i < 40_000; i++)
        {
            var row = Enumerable.Range(0, truth.Length).Where(_ => random.NextDouble() < 0.4).ToList();
            hits.AddRow(row);
            var z = intercept + row.Sum(c => truth[c]);
            converted.Add(random.NextDouble() < 1 / (1 + Math.Exp(-z)));
        }

        var model = LogisticFit.Fit(hits.Build(), converted);

        Assert.Equal(intercept, model.Intercept, 0.1);
        for (var c = 0; c < truth.Length; c++)
            Assert.Equal(truth[c], model.Coefficients[c], 0.1);
    }

    [Fact]
    public void Fit_RuleThatHitsOnlyConvertedLeads_StaysFiniteUnderTheRidge()
    {
        var hits = new HitMatrix.Builder(1);
        var converted = new List<bool>();
        for (var i = 0; i < 200; i++)
        {
            hits.AddRow(i < 5 ? [0] : []);
            converted.Add(i < 5 || i % 4 == 0);
        }

        var model = LogisticFit.Fit(hits.Build(), converted);

        Assert.InRange(model.Coefficients[0], 0.5, 5);
    }

    [Theory]
    [InlineData(0.6931471805599453, 20)]
    [InlineData(-0.6931471805599453, -20)]
    [InlineData(0.1, 3)]
    public void Points_Coefficient_IsTwentyPointsPerDoublingOfTheOdds(double coefficient, int points)
    {
        Assert.Equal(points, LogisticFit.Points(coefficient, 20));
    }

    [Fact]
    public void Fit_TrainRowsAndAnExtraColumn_MeetsTheFirstOrderConditionsOfTheRidgeObjective()
    {
        var random = new Random(9);
        var hits = new HitMatrix.Builder(6);
        var converted = new List<bool>();
        var rows = new bool[5_000];
        var extra = new bool[5_000];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = Enumerable.Range(0, 6).Where(c => random.NextDouble() < 0.15 + 0.1 * c).ToList();
            hits.AddRow(row);
            extra[i] = random.NextDouble() < 0.3;
            rows[i] = random.NextDouble() < 0.7;
            converted.Add(random.NextDouble() < 1 / (1 + Math.Exp(-(-1 + row.Count * 0.3 - (extra[i] ? 0.5 : 0)))));
        }
        var matrix = hits.Build();

        var cold = LogisticFit.Fit(matrix, converted, rows, extra, l2: 2);
        var warm = LogisticFit.Fit(matrix, converted, rows, extra, l2: 2, start: LogisticFit.Fit(matrix, converted, rows, l2: 2));

        // The gradient, computed here independently: Σ (p − y) x + λ β (no ridge on the intercept) is zero at the minimum.
        var beta = new[] { cold.Intercept }.Concat(cold.Coefficients).ToArray();
        var gradient = new double[beta.Length];
        for (var i = 0; i < matrix.RowCount; i++)
        {
            if (!rows[i])
                continue;
            var x = new double[beta.Length];
            x[0] = 1;
            foreach (var c in matrix.Row(i))
                x[c + 1] = 1;
            x[^1] = extra[i] ? 1 : 0;
            var p = 1 / (1 + Math.Exp(-x.Zip(beta).Sum(t => t.First * t.Second)));
            for (var j = 0; j < x.Length; j++)
                gradient[j] += (p - (converted[i] ? 1 : 0)) * x[j];
        }
        for (var j = 1; j < beta.Length; j++)
            gradient[j] += 2 * beta[j];
        Assert.All(gradient, g => Assert.InRange(g, -1e-4, 1e-4));
        Assert.InRange(cold.Iterations, 1, 20);
        Assert.Equal(cold.Intercept, warm.Intercept, 6);
        for (var j = 0; j < cold.Coefficients.Length; j++)
            Assert.Equal(cold.Coefficients[j], warm.Coefficients[j], 6);
    }
}
