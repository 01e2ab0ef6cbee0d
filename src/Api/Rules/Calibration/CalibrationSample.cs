using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules.Calibration;

/// <summary>The selected leads with a known outcome as the draft scores them: which AddPoints rules hit each (the columns of
/// <see cref="Hits"/> are <see cref="Rules"/>), its score and grade, its side of the split, and the facts the rules saw.</summary>
public sealed class CalibrationSample
{
    public required IReadOnlyList<RuleSpec> DraftSpecs { get; init; }

    public required IReadOnlyList<CalibrationRule> Rules { get; init; }

    public required HitMatrix Hits { get; init; }

    public required bool[] Converted { get; init; }

    public required bool[] Test { get; init; }

    public required int[] Scores { get; init; }

    public required string[] Grades { get; init; }

    /// <summary>Each batch's facts with the row index of its first lead (rows follow the batches' lead order).</summary>
    public required IReadOnlyList<(LeadBatch Facts, int FirstRow)> Batches { get; init; }

    public int Count => Converted.Length;

    public bool[] Train => [.. Test.Select(t => !t)];

    public IEnumerable<(int Row, LeadFact Lead)> Leads()
    {
        foreach (var (facts, first) in Batches)
        {
            for (var i = 0; i < facts.Leads.Count; i++)
                yield return (first + i, facts.Leads[i]);
        }
    }

    public (int Leads, int Converted) Side(bool test)
    {
        int leads = 0, converted = 0;
        for (var i = 0; i < Count; i++)
        {
            if (Test[i] != test)
                continue;
            leads++;
            converted += Converted[i] ? 1 : 0;
        }
        return (leads, converted);
    }
}
