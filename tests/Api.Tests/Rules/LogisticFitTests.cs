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
}
