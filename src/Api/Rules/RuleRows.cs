using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Rules;
using DataRuleSetKind = SalesGraph.Data.Rules.RuleSetKind;
using ScoringRuleSetKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules;

/// <summary>Turns stored rule rows into the engine's rule specs and back.</summary>
public static class RuleRows
{
    public static ScoringRuleSetKind ToScoring(this DataRuleSetKind kind) => Enum.Parse<ScoringRuleSetKind>(kind.ToString());

    public static DataRuleSetKind ToData(this ScoringRuleSetKind kind) => Enum.Parse<DataRuleSetKind>(kind.ToString());

    /// <summary>The row as a spec, or why its stored action cannot be read.</summary>
    public static (RuleSpec? Spec, RuleError? Error) ToSpec(ScoringRule row)
    {
        var action = RuleActionJson.Parse(row.Then);
        return action.Error is not null
            ? (null, action.Error with { RuleName = row.Name })
            : (new RuleSpec(row.Id, row.Name, row.RuleSet.ToScoring(), row.When, action.Action!, row.Priority, row.Enabled), null);
    }

    public static ScoringRule ToRow(RuleSpec spec, string changedBy, DateTime changedAt) => new()
    {
        RuleSet = spec.Kind.ToData(),
        Name = spec.Name,
        When = spec.When,
        Then = RuleActionJson.Write(spec.Then),
        Priority = spec.Priority,
        Enabled = spec.Enabled,
        ChangedBy = changedBy,
        ChangedAt = changedAt,
    };
}
