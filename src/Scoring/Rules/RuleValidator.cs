using SalesGraph.Scoring.Conditions;

namespace SalesGraph.Scoring.Rules;

/// <summary>Checks one rule without compiling a whole set: cheap enough for an editor that validates as the operator types.</summary>
public static class RuleValidator
{
    /// <summary>Checks the condition text and the action JSON as they are stored.</summary>
    /// <param name="catalog">The known custom fields; null does not check custom-field names.</param>
    public static RuleValidation Validate(RuleSetKind kind, string? when, string? thenJson, CustomFieldCatalog? catalog = null)
    {
        var errors = new List<RuleError>();
        if (ValidateWhen(kind, when, catalog) is { } whenError)
            errors.Add(whenError);
        var action = RuleActionJson.Parse(thenJson);
        if (action.Error is not null)
            errors.Add(action.Error);
        else if (ValidateThen(kind, action.Action!) is { } thenError)
            errors.Add(thenError);
        return errors.Count == 0 ? RuleValidation.Valid : new RuleValidation(errors);
    }

    public static RuleValidation Validate(RuleSpec rule, CustomFieldCatalog? catalog = null)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 200)
            errors.Add(new RuleError("name", null, "a rule needs a name of 1 to 200 characters", rule.Name));
        if (ValidateWhen(rule.Kind, rule.When, catalog) is { } whenError)
            errors.Add(whenError with { RuleName = rule.Name });
        if (ValidateThen(rule.Kind, rule.Then) is { } thenError)
            errors.Add(thenError with { RuleName = rule.Name });
        return errors.Count == 0 ? RuleValidation.Valid : new RuleValidation(errors);
    }

    public static RuleError? ValidateWhen(RuleSetKind kind, string? when, CustomFieldCatalog? catalog = null) => ConditionParser.Parse(kind, when, catalog).Error;

    /// <summary>Which actions make sense in which rule set.</summary>
    public static RuleError? ValidateThen(RuleSetKind kind, RuleAction action)
    {
        var allowed = (kind, action) switch
        {
            (RuleSetKind.LeadScoring, AddPoints { Dimension: ScoreDimension.Fit or ScoreDimension.Engagement }) => true,
            (RuleSetKind.LeadScoring, SetGrade) => true,
            (RuleSetKind.LeadRouting, Route or SetStage or Nurture or CreateSuspectAccount) => true,
            (RuleSetKind.TenderEvaluation, AddPoints { Dimension: ScoreDimension.Bid }) => true,
            (RuleSetKind.TenderEvaluation, Decide or Route) => true,
            (RuleSetKind.CustomerStrategy, Tag) => true,
            _ => false,
        };
        return allowed ? null : new RuleError(RuleError.Then, null, $"'{action.Describe()}' cannot be used in {kind} rules; use {AllowedActions(kind)}");
    }

    public static string AllowedActions(RuleSetKind kind) => kind switch
    {
        RuleSetKind.LeadScoring => "addPoints (dimension Fit or Engagement) or setGrade",
        RuleSetKind.LeadRouting => "route, setStage, nurture or createSuspectAccount",
        RuleSetKind.TenderEvaluation => "addPoints (dimension Bid), decide or route",
        _ => "tag",
    };

    /// <summary>The fields a condition of this rule set may use, for completion lists and documentation.</summary>
    public static IReadOnlyList<FactField> Fields(RuleSetKind kind) => FactSchema.For(kind).Fields;
}
