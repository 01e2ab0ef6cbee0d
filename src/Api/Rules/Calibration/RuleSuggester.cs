using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Leads.CustomFields;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Data;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Rules;
using DataRuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>Candidate rules over the fields no enabled scoring rule tests yet: each level of a text field held by at least a
/// minimum count of train leads (and "missing"), each quantile bin of a numeric field, yes and no of a yes/no field. Each is scored
/// on train (WoE, IV, conversion, lift) and test (lift), the best by IV are refitted together with the existing AddPoints rules for
/// their points, and only rule texts the validator accepts are returned. Saves nothing.</summary>
public sealed partial class RuleSuggester(IDbContextFactory<SalesDbContext> dbFactory, CalibrationSampler sampler, RuleDraftEditor editor)
{
    public const int DefaultMax = 10;
    public const int MaxMax = 50;
    public const int DefaultMinimumCount = 30;

    /// <summary>Quantile bins of a numeric field (fewer where values repeat).</summary>
    public const int NumericBins = 5;

    public async Task<RuleSuggestions> SuggestAsync(Expression<Func<Lead, bool>>? where, LeadSplit split, int max, int minimumCount, IReadOnlyList<string>? fields, CancellationToken ct)
    {
        Dictionary<string, Data.Leads.CustomFieldType> catalogue;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            catalogue = await CustomFieldCatalogue.TypesAsync(db, ct);
        List<CandidateField> known = [.. CandidateField.LeadProperties, .. CandidateField.CustomFields(catalogue.ToDictionary(c => c.Key, c => CustomFieldCatalogue.ToScoring(c.Value)))];
        if (max < 1 || max > MaxMax)
            return RuleSuggestions.Refused([new RuleValidationError($"max must be 1 to {MaxMax} (got {max})", null, "max")]);
        if (minimumCount < 1)
            return RuleSuggestions.Refused([new RuleValidationError($"minimumCount must be at least 1 (got {minimumCount})", null, "minimumCount")]);
        if (fields is not null && UnknownField(fields, known) is { } unknown)
            return RuleSuggestions.Refused([unknown]);
        var (sample, errors) = await sampler.SampleAsync(where, split, ct);
        if (sample is null)
            return RuleSuggestions.Refused(errors);

        var used = UsedFields(sample.DraftSpecs.Where(s => s.Enabled && s.Kind == RuleSetKind.LeadScoring).Select(s => s.When));
        var considered = known.Where(f => !used.Contains(f.Name) && (fields is null || fields.Contains(f.Name, StringComparer.Ordinal))).ToList();
        var train = sample.Train;
        var facts = sample.Leads().ToList();
        var (trainLeads, trainConverted) = sample.Side(test: false);
        var (testLeads, testConverted) = sample.Side(test: true);
        var scored = new List<(RuleCandidate Candidate, Func<object?, bool> Holds, CandidateField Field)>();
        var values = new object?[sample.Count];
        foreach (var field in considered)
        {
            foreach (var (row, lead) in facts)
                values[row] = field.Value(lead);
            scored.AddRange(Candidates(field, values, sample, train, minimumCount, trainConverted, trainLeads - trainConverted, testLeads, testConverted));
        }

        var baseModel = LogisticFit.Fit(sample.Hits, sample.Converted, train);
        var chosen = new List<RuleCandidate>();
        foreach (var (candidate, holds, field) in scored.OrderByDescending(c => c.Candidate.InformationValue).ThenBy(c => c.Candidate.When, StringComparer.Ordinal))
        {
            if (chosen.Count == max)
                break;
            var then = RuleActionJson.Write(new AddPoints(ScoreDimension.Fit, 0));
            if (!(await editor.ValidateAsync(DataRuleSetKind.LeadScoring, candidate.When, then, ct)).IsValid)
                continue;
            var extra = new bool[sample.Count];
            foreach (var (row, lead) in facts)
                extra[row] = holds(field.Value(lead));
            var model = LogisticFit.Fit(sample.Hits, sample.Converted, train, extra, start: baseModel);
            var coefficient = model.Coefficients[^1];
            chosen.Add(candidate with { Coefficient = coefficient, Points = LogisticFit.Points(coefficient, PointsSuggestion.PointsToDoubleTheOdds) });
        }
        return new RuleSuggestions(split.Describe(), trainLeads, trainConverted, testLeads, testConverted, minimumCount,
            [.. used.Order(StringComparer.Ordinal)], [.. considered.Select(f => f.Name)], chosen, []);
    }

    /// <summary>The fields conditions name: <c>Lead.Country</c> as Country, <c>Lead.Number("TotalVisits")</c> as customFields.TotalVisits.</summary>
    public static HashSet<string> UsedFields(IEnumerable<string> conditions) =>
        [.. conditions.SelectMany(c => LeadMember().Matches(c).Select(m => m.Groups[1].Success
            ? CandidateField.CustomPrefix + m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal)
            : m.Groups[2].Value))];

    private static RuleValidationError? UnknownField(IReadOnlyList<string> fields, IReadOnlyList<CandidateField> known)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (!known.Any(f => f.Name == fields[i]))
                return new RuleValidationError($"unknown field \"{fields[i]}\"; known fields: {string.Join(", ", known.Select(f => f.Name))}", null, $"fields[{i}]");
        }
        return null;
    }

    private static IEnumerable<(RuleCandidate, Func<object?, bool>, CandidateField)> Candidates(CandidateField field, object?[] values, CalibrationSample sample, bool[] train,
        int minimumCount, int positives, int negatives, int testLeads, int testPositives)
    {
        var bins = Bins(field, values, train, minimumCount);
        if (bins.Count == 0)
            return [];
        var counts = bins.Select(b =>
        {
            int trainHits = 0, trainConverted = 0, testHits = 0, testConverted = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (!b.Holds(values[i]))
                    continue;
                if (train[i])
                {
                    trainHits++;
                    trainConverted += sample.Converted[i] ? 1 : 0;
                }
                else
                {
                    testHits++;
                    testConverted += sample.Converted[i] ? 1 : 0;
                }
            }
            return (b, trainHits, trainConverted, testHits, testConverted);
        }).ToList();
        // The field's IV over its bins and the rest (leads in no candidate bin) as one more bin.
        var restPositives = positives - counts.Sum(c => c.trainConverted);
        var restNegatives = negatives - counts.Sum(c => c.trainHits - c.trainConverted);
        var fieldIv = counts.Sum(c => Iv(c.trainConverted, c.trainHits - c.trainConverted, positives, negatives))
            + (restPositives + restNegatives > 0 ? Iv(restPositives, restNegatives, positives, negatives) : 0);
        var baseRate = (double)positives / (positives + negatives);
        var testRate = testLeads == 0 ? 0 : (double)testPositives / testLeads;
        return counts.Where(c => c.trainHits >= minimumCount && c.trainHits < positives + negatives).Select(c => (new RuleCandidate(
            field.Name,
            Truncate($"Suggested: {field.Name} {c.b.Label}"),
            c.b.When,
            ScoreDimension.Fit,
            0,
            0,
            c.trainHits,
            c.trainConverted,
            Woe(c.trainConverted, c.trainHits - c.trainConverted, positives, negatives),
            Iv(c.trainConverted, c.trainHits - c.trainConverted, positives, negatives),
            fieldIv,
            (double)c.trainConverted / c.trainHits / baseRate,
            c.testHits,
            c.testConverted,
            c.testHits == 0 || testRate == 0 ? null : (double)c.testConverted / c.testHits / testRate), c.b.Holds, field));
    }

    private sealed record Bin(string When, string Label, Func<object?, bool> Holds);

    private static List<Bin> Bins(CandidateField field, object?[] values, bool[] train, int minimumCount)
    {
        var bins = new List<Bin>();
        var missing = Enumerable.Range(0, values.Length).Count(i => train[i] && values[i] is null);
        if (field.Nullable && missing >= minimumCount)
            bins.Add(new Bin(field.MissingTest ?? $"{field.Path} == null", "missing", v => v is null));
        switch (field.Kind)
        {
            case CandidateFieldKind.Text:
                var levels = Enumerable.Range(0, values.Length).Where(i => train[i] && values[i] is string).GroupBy(i => (string)values[i]!, StringComparer.Ordinal)
                    .Where(g => g.Count() >= minimumCount && !g.Key.Contains('"') && !g.Key.Contains('\\'))
                    .Select(g => g.Key).Order(StringComparer.Ordinal);
                bins.AddRange(levels.Select(level => new Bin($"{field.Path} == \"{level}\"", $"is \"{level}\"", v => v is string s && s == level)));
                break;
            case CandidateFieldKind.YesNo:
                // A custom yes/no reads false when missing, so "no" also says "and not missing".
                var custom = field.MissingTest is not null;
                bins.Add(new Bin(field.Nullable && !custom ? $"{field.Path} == true" : field.Path, "yes", v => v is true));
                bins.Add(new Bin(custom ? $"!{field.Path} && !{field.MissingTest}" : field.Nullable ? $"{field.Path} == false" : $"!{field.Path}", "no", v => v is false));
                break;
            default:
                var sorted = Enumerable.Range(0, values.Length).Where(i => train[i] && values[i] is double).Select(i => (double)values[i]!).Order().ToArray();
                if (sorted.Length == 0)
                    break;
                var edges = Enumerable.Range(1, NumericBins - 1)
                    .Select(q => Round(sorted[(int)((long)(sorted.Length - 1) * q / NumericBins)], field.WholeNumber))
                    .Where(e => e > sorted[0]).Distinct().Order().ToArray();
                for (var b = 0; b <= edges.Length; b++)
                {
                    double? low = b == 0 ? null : edges[b - 1];
                    double? high = b == edges.Length ? null : edges[b];
                    if (low is null && high is null)
                        break;
                    var when = string.Join(" && ", new[] { low is { } l ? $"{field.Path} >= {Number(l)}" : null, high is { } h ? $"{field.Path} < {Number(h)}" : null }.OfType<string>());
                    var label = low is null ? $"under {Number(high!.Value)}" : high is null ? $"{Number(low.Value)} or more" : $"{Number(low.Value)} to under {Number(high.Value)}";
                    bins.Add(new Bin(when, label, v => v is double d && (low is null || d >= low) && (high is null || d < high)));
                }
                break;
        }
        return bins;
    }

    private static double Round(double value, bool wholeNumber) => wholeNumber ? Math.Round(value) : Math.Round(value, 2);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>ln(converted share / other share) of a bin, each count +0.5 so an empty side stays finite.</summary>
    public static double Woe(int converted, int others, int positives, int negatives) =>
        Math.Log((converted + 0.5) / (positives + 0.5) / ((others + 0.5) / (negatives + 0.5)));

    public static double Iv(int converted, int others, int positives, int negatives) =>
        ((converted + 0.5) / (positives + 0.5) - (others + 0.5) / (negatives + 0.5)) * Woe(converted, others, positives, negatives);

    private static string Truncate(string name) => name.Length <= 200 ? name : name[..200];

    [GeneratedRegex(@"\bLead\.(?:(?:Field|Number|Flag|Date|IsMissing)\(\s*""((?:[^""\\]|\\.)*)""\s*\)|(\w+))")]
    private static partial Regex LeadMember();
}
