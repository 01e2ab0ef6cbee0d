using System.Linq.Expressions;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>Fits the points of the lead-scoring draft's AddPoints rules from recorded outcomes on the train side (L2 logistic
/// regression on the 0/1 hit indicators, <see cref="LogisticFit"/>), turns the coefficients into scorecard points
/// (<see cref="PointsSuggestion.PointsToDoubleTheOdds"/> points double the odds) and scores the test side with both. Saves nothing.</summary>
public sealed class PointsSuggester(CalibrationSampler sampler)
{
    public async Task<(PointsSuggestion Suggestion, CalibrationSample? Sample)> SuggestAsync(Expression<Func<Lead, bool>>? where, LeadSplit split, CancellationToken ct)
    {
        var (sample, errors) = await sampler.SampleAsync(where, split, ct);
        if (sample is null)
            return (PointsSuggestion.Refused(errors), null);
        var train = sample.Train;
        var model = LogisticFit.Fit(sample.Hits, sample.Converted, train);
        var hits = new int[sample.Rules.Count];
        var hitsConverted = new int[sample.Rules.Count];
        for (var i = 0; i < sample.Count; i++)
        {
            if (!train[i])
                continue;
            foreach (var c in sample.Hits.Row(i))
            {
                hits[c]++;
                hitsConverted[c] += sample.Converted[i] ? 1 : 0;
            }
        }
        var rules = sample.Rules.Select((r, c) => new SuggestedRulePoints(r.Spec.Id, r.Spec.Name, r.Row.Version, r.Points.Dimension, r.Points.Points,
            hits[c] == 0 ? r.Points.Points : LogisticFit.Points(model.Coefficients[c], PointsSuggestion.PointsToDoubleTheOdds),
            hits[c] == 0 ? null : model.Coefficients[c], hits[c], hitsConverted[c])).ToList();
        var suggested = rules.ToDictionary(r => r.RuleId, r => r.SuggestedPoints);
        var specs = WithPoints(sample.DraftSpecs, suggested);
        var current = BacktestFigures.From(0, sampler.ScoreTestSide(sample, sample.DraftSpecs));
        var after = BacktestFigures.From(0, sampler.ScoreTestSide(sample, specs));
        var (trainLeads, trainConverted) = sample.Side(test: false);
        var (testLeads, testConverted) = sample.Side(test: true);
        return (new PointsSuggestion(split.Describe(), trainLeads, trainConverted, testLeads, testConverted, model.Intercept, rules, current, after, []), sample);
    }

    /// <summary>The specs with the given AddPoints rules' points replaced (dimension and cap kept).</summary>
    public static List<RuleSpec> WithPoints(IReadOnlyList<RuleSpec> specs, IReadOnlyDictionary<int, int> points) =>
        [.. specs.Select(s => s.Then is AddPoints add && points.TryGetValue(s.Id, out var p) ? s with { Then = add with { Points = p } } : s)];
}
