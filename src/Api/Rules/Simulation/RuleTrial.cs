using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Rules;
using RuleHit = SalesGraph.Scoring.Engine.RuleHit;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>One unsaved rule tried on one stored lead: the lead under the draft without the rule and with it, under the running
/// version, and the rule's hit. Nothing is saved.</summary>
/// <param name="Before">The draft without the rule (for an edited draft rule: without its saved form either).</param>
/// <param name="After">The draft with the rule as written.</param>
/// <param name="Hit">The rule's hit under <paramref name="After"/>; null when its condition is false for the lead (or it is disabled).</param>
public sealed record RuleTrial(
    RuleSetKind Kind,
    int LeadId,
    int RunningVersion,
    SubjectOutcome? Running,
    SubjectOutcome? Before,
    SubjectOutcome? After,
    RuleHit? Hit,
    IReadOnlyList<RuleValidationError> Errors)
{
    public int? PointsAdded => After?.Total - Before?.Total;

    public static RuleTrial Refused(RuleSetKind kind, int leadId, int runningVersion, IReadOnlyList<RuleValidationError> errors) =>
        new(kind, leadId, runningVersion, null, null, null, null, errors);
}

/// <summary>The rule of a trial as the editor holds it: <paramref name="Id"/> names the draft rule it replaces (null: a new rule);
/// a null name, priority or enabled keeps the saved rule's (for a new rule: "unsaved rule", 0, true).</summary>
public sealed record TrialRule(int? Id, string? Name, string When, Scoring.Rules.RuleAction Then, int? Priority, bool? Enabled);
