using SalesGraph.Scoring.Rules;
using DataCustomerStrategy = SalesGraph.Data.Accounts.CustomerStrategy;
using Route = SalesGraph.Scoring.Rules.Route;

namespace SalesGraph.Api.Rules.Editing;

/// <summary>Turns a <c>RuleActionInput</c> value into the stored action JSON (so the same checks as for stored rules apply).</summary>
public static class RuleActionInput
{
    /// <summary>The action JSON, or why the input names no usable action.</summary>
    public static (string? Json, RuleError? Error) ToJson(IDictionary<string, object?>? input)
    {
        var set = input?.Where(p => p.Value is not null).ToList() ?? [];
        if (set.Count != 1)
            return (null, new RuleError(RuleError.Then, null, $"name exactly one action (found {set.Count}): addPoints, route, setStage, nurture, decide, tag, setGrade or createSuspectAccount"));
        var (name, value) = (set[0].Key, set[0].Value!);
        RuleAction? action = name switch
        {
            "addPoints" when value is IDictionary<string, object?> a =>
                new AddPoints((ScoreDimension)a["dimension"]!, (int)a["points"]!, a.TryGetValue("cap", out var cap) ? (int?)cap : null),
            "route" when value is IDictionary<string, object?> r =>
                new Route((string)r["team"]!, r.TryGetValue("slaHours", out var sla) ? (int?)sla : null),
            "setStage" => new SetStage(Map<LeadStage>(value)),
            "nurture" => new Nurture((string)value),
            "decide" => new Decide(Map<BidDecision>(value)),
            "tag" when value is DataCustomerStrategy tag && Enum.TryParse<StrategyTag>(tag.ToString(), out var strategy) => new Tag(strategy),
            "setGrade" => new SetGrade(Map<LeadGrade>(value)),
            "createSuspectAccount" when value is true => new CreateSuspectAccount(),
            _ => null,
        };
        return action is null
            ? (null, new RuleError(RuleError.Then, null, name == "createSuspectAccount"
                ? "createSuspectAccount takes true (leave the rule out to create no account)"
                : $"{name} {value} is not an action a rule can take; tag takes one of {string.Join(", ", Enum.GetNames<StrategyTag>())}"))
            : (RuleActionJson.Write(action), null);
    }

    private static T Map<T>(object value)
        where T : struct, Enum => Enum.Parse<T>(value.ToString()!);
}
